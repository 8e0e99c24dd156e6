package de.ffit.campus.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which addresses may become a link on our pages: absolute web addresses only. Links that come from outside (an
 * Integreat page's {@code url}) are checked when they arrive and again where they are rendered, so that a
 * {@code javascript:} or {@code data:} address from a compromised source never becomes a clickable link.
 */
public final class WebLinks {

    private WebLinks() {
    }

    /**
     * The address when it is an absolute https address with a host (or http, when {@code httpToo}); null for
     * anything else: other schemes, relative addresses, addresses with spaces or control characters.
     */
    public static String webOnly(String address, boolean httpToo) {
        if (address == null || address.isEmpty() || address.length() > 2000 || !address.strip().equals(address)) {
            return null;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c == 0x7f || Character.isISOControl(c)) {
                return null;
            }
        }
        String scheme;
        String host;
        try {
            // Integreat's addresses carry raw UTF-8 slugs, which java.net.URI accepts as "other" characters
            URI uri = new URI(address);
            scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            host = uri.getHost();
        } catch (URISyntaxException e) {
            return null;
        }
        boolean web = "https".equals(scheme) || httpToo && "http".equals(scheme);
        return web && host != null && !host.isEmpty() && address.regionMatches(true, 0, scheme + "://", 0,
                scheme.length() + 3) ? address : null;
    }

    /** The address for an {@code href}: a web address (http or https) as it is, anything else {@code fallback}. */
    public static String href(String address, String fallback) {
        String web = webOnly(address, true);
        return web != null ? web : fallback;
    }
}
