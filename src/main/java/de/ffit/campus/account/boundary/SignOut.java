package de.ffit.campus.account.boundary;

import de.ffit.campus.platform.security.CampusAuthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The sign-out button of the layout: ends the session on the server, not just in the browser. */
@Named
@RequestScoped
public class SignOut {

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + CampusAuthentication.SIGN_IN_PAGE);
    }
}
