package de.ffit.campus.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie: HttpOnly, SameSite=Lax (no cross-site POST carries it), and Secure when the public URL is
 * https. Set here because Payara's web.xml reader does not know the cookie {@code attribute} element yet.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        String publicUrl = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("ffit.public.url", String.class).orElse("");
        if (publicUrl.startsWith("https://")) {
            cookie.setSecure(true);
        }
    }
}
