package de.ffit.campus.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is Secure when the public URL is https. (HttpOnly and SameSite=Lax are set in
 * WEB-INF/payara-web.xml: Payara ignores SameSite given through the Servlet API or web.xml.)
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        String publicUrl = ConfigProvider.getConfig()
                .getOptionalValue("ffit.public.url", String.class).orElse("");
        if (publicUrl.startsWith("https://")) {
            cookie.setSecure(true);
        }
    }
}
