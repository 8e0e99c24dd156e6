package de.ffit.campus.account.boundary;

import de.ffit.campus.platform.config.CampusSettings;
import de.ffit.campus.platform.security.CampusAuthentication;
import de.ffit.campus.platform.validation.MaxLength;
import de.ffit.campus.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.List;

/** The sign-in page: user name and password, and where to go afterwards. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    CampusSettings settings;

    @NotBlank
    @MaxLength(40)
    private String username;

    @NotBlank
    @MaxLength(200)
    private String password;

    private String next;

    /**
     * Where to go afterwards: the address's {@code next} when the page opens, the form's hidden {@code next} when
     * it is sent. Read from the request, not through the view's state, since the page keeps none.
     */
    @PostConstruct
    void readNext() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            next = faces.getExternalContext().getRequestParameterMap().get("next");
        }
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.trim(), new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object retry = request.getAttribute(CampusAuthentication.RETRY_AFTER);
                if (retry != null) {
                    // the page with the wait in the user's language, as a 429 that says when to come back
                    HttpServletResponse response = (HttpServletResponse) external.getResponse();
                    response.setStatus(429);
                    response.setHeader("Retry-After", retry.toString());
                    long minutes = Math.max(1, (Long.parseLong(retry.toString()) + 59) / 60);
                    Pages.error(null, "signIn.throttled", minutes);
                } else {
                    Pages.error(null, "signIn.failed");
                }
            }
        }
    }

    /** Only a path inside this application, never another site ("//evil.example" or "https://..."). */
    String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && !next.startsWith(CampusAuthentication.SIGN_IN_PAGE)) {
            return next;
        }
        return "/index.xhtml";
    }

    public boolean isDemo() {
        return settings.isDemo();
    }

    public String getDemoPassword() {
        return settings.demoPassword();
    }

    public List<String> getDemoAccounts() {
        return List.of("admin", "coordinator", "trainer");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
