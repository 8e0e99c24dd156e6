package de.ffit.campus.certificate.control;

import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.persistence.ApplicationStart;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The certificate templates and fonts shipped in {@code certificate-templates/} (on the classpath under the same
 * name), read and checked once at start-up by {@link #load()} (see {@link #checkAtStart}); a broken template stops
 * the start with a message naming the file.
 */
@ApplicationScoped
public class CertificateTemplates {

    public static final String DEFAULT = "ffit-basis";
    private static final Logger LOG = Logger.getLogger(CertificateTemplates.class.getName());

    private volatile Map<String, CertificateTemplate> templates;
    private volatile CertificateRenderer renderer;

    /** Before any data is written (the demo issues certificates), so that a broken template says which file. */
    void checkAtStart(@Observes @Priority(ApplicationStart.CHECKS) ApplicationStart start) {
        try {
            load();
        } catch (TemplateException broken) {
            throw new ApplicationStart.Refused("a certificate template is broken: " + broken.getMessage());
        }
    }

    /** Reads and checks every template; throws {@link TemplateException} naming the file that is wrong. */
    public synchronized void load() {
        Path root = classpathRoot();
        CertificateFonts fonts = CertificateFonts.read(root.resolve("fonts"));
        Map<String, CertificateTemplate> read = TemplateReader.readAll(root, fonts);
        if (!read.containsKey(DEFAULT)) {
            throw new TemplateException("certificate-templates/" + DEFAULT + "/template.json: missing (the default "
                    + "template)");
        }
        this.renderer = new CertificateRenderer(fonts);
        this.templates = Map.copyOf(read);
        LOG.info(() -> "Certificate templates: " + read.values().stream().map(t -> t.key() + " v" + t.version())
                .toList());
    }

    public CertificateTemplate get(String key) {
        ensureLoaded();
        CertificateTemplate template = templates.get(key);
        if (template == null) {
            throw CampusException.notFound("record.template");
        }
        return template;
    }

    public Map<String, CertificateTemplate> all() {
        ensureLoaded();
        return templates;
    }

    public CertificateRenderer renderer() {
        ensureLoaded();
        return renderer;
    }

    private void ensureLoaded() {
        if (templates == null) {
            load();
        }
    }

    private static Path classpathRoot() {
        URL url = CertificateTemplates.class.getResource("/certificate-templates/fonts/fonts.json");
        if (url == null) {
            throw new TemplateException("certificate-templates/fonts/fonts.json: not on the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem zip;
                try {
                    zip = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    zip = FileSystems.getFileSystem(uri);
                }
                return zip.provider().getPath(uri).getParent().getParent();
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException | IOException e) {
            throw new TemplateException("certificate-templates: cannot be read from " + url + " (" + e.getMessage()
                    + ")", e);
        }
    }
}
