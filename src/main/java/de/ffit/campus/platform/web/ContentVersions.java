package de.ffit.campus.platform.web;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version of our own Faces resources (webapp/resources: css/campus.css, js/*.js): the first 12 hex digits of
 * the SHA-256 of the file. It goes into the resource's URL ({@code ?v=...}, {@link ContentVersionedResources}), so
 * a browser may keep the file for a year ({@link ResourceCaching}) and still gets a changed file at once, under
 * its new URL. Each file is read once per deployment (the WAR's files do not change while it runs); only files
 * that exist are remembered, so requests for made-up names cannot fill the map.
 */
public final class ContentVersions {

    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    private ContentVersions() {
    }

    /** the version of /resources/{name}, or null when there is no such file */
    public static String of(ServletContext context, String name) {
        if (name == null || name.isEmpty() || name.contains("..") || name.contains("\\") || name.startsWith("/")) {
            return null;
        }
        String known = VERSIONS.get(name);
        if (known != null) {
            return known;
        }
        try (InputStream in = context.getResourceAsStream("/resources/" + name)) {
            if (in == null) {
                return null;
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            String version = HexFormat.of().formatHex(sha.digest()).substring(0, 12);
            VERSIONS.put(name, version);
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
