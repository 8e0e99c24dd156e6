package de.ffit.campus.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLimitsTest {

    @Test
    void onlyPlainlyWrittenPathsPass() {
        for (String plain : List.of("/ffit-campus/api/learners/12", "/ffit-campus/cohorts/view.xhtml",
                "/api/courses/3/texts/de.csv", "/verify/AB12-CD34", "/", "/jakarta.faces.resource/x.js.xhtml",
                "/api/guides/%C3%BCber")) {
            assertTrue(RequestLimits.isPlainPath(plain), plain);
        }
        for (String crooked : List.of("/ffit-campus/api/../cohorts/view.xhtml", "/api/%2e%2e/cohorts/view.xhtml",
                "/api/%2E%2e/x", "/api/learners/..", "/cohorts/./index.xhtml", "//api/learners/1",
                "/api//learners/1", "/api/learners;jsessionid=1/1", "/api/learners%2f1", "/api/learners%5c1",
                "/api\\learners", "/api/learners/1%00", "/api/learners/1%0d%0a", "/api/%252e%252e/x", "/api/%",
                "/api/%zz", "api/learners", "")) {
            assertFalse(RequestLimits.isPlainPath(crooked), crooked);
        }
    }

    @Test
    void theContainersOwnSizeRefusalsAndOursAreRecognised() {
        assertTrue(RequestLimits.isSizeLimit(new ServletException(new IOException(
                new CountedRequest.BodyTooLarge(10)))));
        assertTrue(RequestLimits.isSizeLimit(new IllegalStateException("GRIZZLY0205: Post too large")));
        assertFalse(RequestLimits.isSizeLimit(new IllegalStateException("something else")));
        assertFalse(RequestLimits.isSizeLimit(new IOException("Broken pipe")));
    }

    @Test
    void aViewThatCannotBeRestoredIsToldApartFromOtherFacesErrors() {
        assertTrue(RequestLimits.isUnrestorableView(new ServletException(new ViewExpiredException("/x.xhtml"))));
        FacesException unrestorable = restoreView();
        assertTrue(RequestLimits.isUnrestorableView(new ServletException(unrestorable)));
        assertFalse(RequestLimits.isUnrestorableView(new ServletException(new FacesException("bean failed",
                new IllegalStateException()))));
        assertFalse(RequestLimits.isUnrestorableView(new FacesException("render failed")));
    }

    /** made in a method named restoreView, as Mojarra makes it for a view state of "stateless" to a page with state */
    private static FacesException restoreView() {
        return new FacesException("Unable to restore view /kiosk/setup.xhtml");
    }

    @Test
    void whatTheClientSentIsLoggedOnOneShortLine() {
        assertEquals("/api/x?? injected", RequestLimits.loggable("/api/x\r\n injected"));
        assertEquals(201, RequestLimits.loggable("/" + "a".repeat(500)).length());
    }

    @Test
    void aChunkedBodyIsReadUpToItsLimitAndNotAByteFurther() throws IOException {
        CountedRequest within = new CountedRequest(request(new byte[1000]), 1000);
        assertEquals(1000, within.getInputStream().readAllBytes().length);
        assertFalse(within.exceeded());

        CountedRequest beyond = new CountedRequest(request(new byte[5000]), 1000);
        ServletInputStream in = beyond.getInputStream();
        byte[] buffer = new byte[600];
        assertEquals(600, in.read(buffer));
        assertThrows(CountedRequest.BodyTooLarge.class, () -> in.read(buffer));
        assertTrue(beyond.exceeded());
        assertThrows(CountedRequest.BodyTooLarge.class, in::read, "and stays refused");
        assertTrue(RequestLimits.isSizeLimit(new CountedRequest.BodyTooLarge(1000)));

        CountedRequest text = new CountedRequest(request(new byte[5000]), 1000);
        assertThrows(CountedRequest.BodyTooLarge.class, () -> text.getReader().read(new char[8192]));
    }

    private static HttpServletRequest request(byte[] body) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        ServletInputStream stream = new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return bytes.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(RequestLimitsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getInputStream" -> stream;
                    case "getCharacterEncoding" -> "UTF-8";
                    default -> null;
                });
    }
}
