package de.ffit.campus.certificate.boundary;

import de.ffit.campus.certificate.control.Certificates;
import de.ffit.campus.certificate.control.VerificationLimiter;
import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.web.ClientAddress;
import de.ffit.campus.platform.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.FormatStyle;

/**
 * The public page {@code /verify/{code}} (and {@code /verify.xhtml?code=}): whether a certificate is genuine and
 * valid, with what the certificate itself shows, by the QR code's code or the short code a person types (alone or
 * after the serial); or a check of an uploaded PDF against the stored ones. The view is
 * stateless and the bean lives for one request, so a scan keeps nothing on the server.
 */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    CampusSettings settings;

    @Inject
    Certificates certificates;

    @Inject
    VerificationLimiter limiter;

    @Inject
    de.ffit.campus.badge.control.Badges badges;

    private String code;
    private Part file;
    private CertificateJson.Public result;
    private boolean checked;
    private boolean limited;
    private boolean serialOnly;
    private String credentialPath;
    private String jwt;
    private de.ffit.campus.badge.control.CredentialCheck.Finding finding;

    public void lookUp() {
        if (code == null || code.isBlank() || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        checked = true;
        if (allowed()) {
            // a serial alone is counted like any lookup, and answered with what is missing rather than "not found"
            serialOnly = Certificates.Typed.isSerialOnly(code);
            var found = certificates.verify(code.strip());
            result = found.map(CertificateJson.Public::of).orElse(null);
            // a valid certificate's signed credential (Open Badges 3.0), for whoever holds its code
            credentialPath = found.filter(c -> c.getStatusIndex() != null
                            && c.getStatus() == de.ffit.campus.certificate.entity.Certificate.Status.VALID)
                    .map(c -> "/api/verify/" + java.net.URLEncoder.encode(code.strip(),
                            java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + "/credential")
                    .orElse(null);
        }
    }

    /** a pasted credential (issue 25): what it is, in the visitor's language; counted like any lookup */
    public void checkJwt() {
        finding = null;
        if (!allowed()) {
            return;
        }
        finding = badges.check(jwt);
    }

    public de.ffit.campus.badge.control.CredentialCheck.Finding getFinding() {
        return finding;
    }

    /** the finding's first valid day as the page writes dates */
    public String findingDate() {
        return finding == null || finding.validFrom() == null ? null
                : date(java.time.LocalDate.ofInstant(finding.validFrom(), java.time.ZoneOffset.UTC));
    }

    public String getJwt() {
        return jwt;
    }

    public void setJwt(String jwt) {
        this.jwt = jwt;
    }

    /** where the found certificate's credential downloads (context-relative), or null when it has none */
    public String getCredentialPath() {
        return credentialPath;
    }

    /** someone typed only the serial number: the page asks for the code beside it */
    public boolean isSerialOnly() {
        return serialOnly;
    }

    public void checkFile() {
        checked = true;
        result = null;
        if (file == null || file.getSize() == 0) {
            Pages.error("upload:file", "verify.noFile");
            checked = false;
            return;
        }
        if (file.getSize() > VerifyResource.MAX_UPLOAD) {
            result = null;
            return;
        }
        if (!allowed()) {
            return;
        }
        try (InputStream in = file.getInputStream()) {
            result = certificates.verifyFile(in.readNBytes(VerifyResource.MAX_UPLOAD)).map(
                    CertificateJson.Public::of).orElse(null);
        } catch (IOException e) {
            Pages.error("upload:file", "verify.noFile");
        }
    }

    private boolean allowed() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        limited = limiter.attempt(ClientAddress.of(request, settings.trustedProxies())).isPresent();
        return !limited;
    }

    public String date(LocalDate day) {
        return Pages.date(day, FormatStyle.LONG);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public CertificateJson.Public getResult() {
        return result;
    }

    public boolean isChecked() {
        return checked;
    }

    public boolean isLimited() {
        return limited;
    }
}
