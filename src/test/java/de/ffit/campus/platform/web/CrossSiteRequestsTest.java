package de.ffit.campus.platform.web;

import static de.ffit.campus.platform.web.CrossSiteRequests.isCrossSite;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {

    private static final String PUBLIC = "https://campus.example.org";

    @Test
    void theBrowsersFetchMetadataDecidesWhereItIsSent() {
        assertFalse(isCrossSite("same-origin", null, "campus.example.org", PUBLIC));
        assertFalse(isCrossSite("none", null, "campus.example.org", PUBLIC), "typed or bookmarked by the user");
        assertTrue(isCrossSite("cross-site", null, "campus.example.org", PUBLIC));
        assertTrue(isCrossSite("same-site", null, "campus.example.org", PUBLIC), "a neighbouring subdomain");
        assertTrue(isCrossSite("cross-site", "https://campus.example.org", "campus.example.org", PUBLIC),
                "the browser's own word counts over an origin that looks right");
        assertFalse(isCrossSite(" Same-Origin ", null, null, null));
    }

    @Test
    void withoutFetchMetadataTheOriginMustBeThisServer() {
        assertFalse(isCrossSite(null, "http://127.0.0.1:8080", "127.0.0.1:8080", "http://localhost:8080"));
        assertFalse(isCrossSite(null, "https://campus.example.org", "campus.example.org", PUBLIC));
        assertFalse(isCrossSite(null, "https://Campus.Example.org:443", "campus.example.org", null),
                "case and the default port do not matter");
        assertFalse(isCrossSite(null, "https://campus.example.org", "10.0.0.5:8080", PUBLIC),
                "behind a proxy that sends its own Host: the public address");
        assertTrue(isCrossSite(null, "https://evil.example", "campus.example.org", PUBLIC));
        assertTrue(isCrossSite(null, "https://campus.example.org.evil.example", "campus.example.org", PUBLIC));
        assertTrue(isCrossSite(null, "http://127.0.0.1:9999", "127.0.0.1:8080", "http://localhost:8080"),
                "another port is another origin");
        assertTrue(isCrossSite(null, "null", "campus.example.org", PUBLIC), "a sandboxed frame or a data: page");
        assertTrue(isCrossSite(null, "not a url at all", "campus.example.org", PUBLIC));
    }

    @Test
    void aRequestWithoutEitherHeaderIsNoBrowserPageAndPasses() {
        assertFalse(isCrossSite(null, null, "campus.example.org", PUBLIC), "a script calling the API");
        assertFalse(isCrossSite("", " ", null, null));
    }
}
