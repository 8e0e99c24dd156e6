package de.ffit.campus.platform.web;

import static de.ffit.campus.platform.web.Compression.acceptsGzip;
import static de.ffit.campus.platform.web.Compression.compressible;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CompressionTest {

    @Test
    void gzipIsUsedWhenTheClientNamesItAndDoesNotRefuseIt() {
        assertTrue(acceptsGzip("gzip, deflate, br, zstd"), "Chromium");
        assertTrue(acceptsGzip("identity, GZIP;q=0.5"));
        assertTrue(acceptsGzip("*"));
        assertFalse(acceptsGzip("gzip;q=0"));
        assertFalse(acceptsGzip("gzip; q=0.0, br"));
        assertFalse(acceptsGzip("br, deflate"));
        assertFalse(acceptsGzip(""));
        assertFalse(acceptsGzip(null), "Java's HTTP client, curl without --compressed");
    }

    @Test
    void textJsonXmlAndSvgAreCompressedWhatIsCompressedAlreadyIsNot() {
        for (String type : new String[] {"text/html;charset=UTF-8", "text/xml;charset=UTF-8", "text/css",
            "application/javascript;charset=UTF-8", "text/javascript", "application/json",
            "application/problem+json;charset=UTF-8", "application/manifest+json", "image/svg+xml", "text/csv",
            "application/xhtml+xml"}) {
            assertTrue(compressible(type), type);
        }
        for (String type : new String[] {"application/pdf", "image/png", "application/zip", "font/woff2",
            "application/octet-stream", "text/event-stream", "image/jpeg"}) {
            assertFalse(compressible(type), type);
        }
        assertFalse(compressible(null));
    }

    @Test
    void aPageLongerThanTheThresholdGoesOutGzippedWithVary() throws IOException {
        FakeResponse fake = new FakeResponse("text/html;charset=UTF-8");
        Compression.Compressing response = new Compression.Compressing(fake.proxy(), true);
        String page = "<p>Anwesenheit erfassen: أمينة حداد</p>\n".repeat(200);
        PrintWriter writer = response.getWriter();
        writer.write(page);
        writer.flush(); // Faces flushes before it is done: nothing may be decided too early
        response.finish();
        assertEquals("gzip", fake.headers.get("Content-Encoding"));
        assertEquals("Accept-Encoding", fake.headers.get("Vary"));
        assertNull(fake.headers.get("Content-Length"));
        assertEquals(page, gunzip(fake.body.toByteArray()));
        assertTrue(fake.body.size() < page.getBytes(StandardCharsets.UTF_8).length / 5, "size " + fake.body.size());
    }

    @Test
    void aSmallAnswerGoesOutAsItIsWithItsLength() throws IOException {
        FakeResponse fake = new FakeResponse("application/problem+json;charset=UTF-8");
        Compression.Compressing response = new Compression.Compressing(fake.proxy(), true);
        byte[] json = "{\"title\":\"Not Found\",\"status\":404}".getBytes(StandardCharsets.UTF_8);
        response.getOutputStream().write(json);
        response.getOutputStream().flush();
        response.finish();
        assertNull(fake.headers.get("Content-Encoding"));
        assertEquals("Accept-Encoding", fake.headers.get("Vary"), "a bigger answer of this kind would be gzipped");
        assertEquals(String.valueOf(json.length), fake.headers.get("Content-Length"));
        assertArrayEquals(json, fake.body.toByteArray());
    }

    @Test
    void aDeclaredLengthDecidesAtOnceAndIsDroppedWhenCompressing() throws IOException {
        FakeResponse fake = new FakeResponse("application/javascript;charset=UTF-8");
        Compression.Compressing response = new Compression.Compressing(fake.proxy(), true);
        byte[] script = "PrimeFaces.widget.X = function () { return 42; };\n".repeat(400)
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(script.length);
        response.setHeader("ETag", "W/\"1-2\"");
        response.getOutputStream().write(script, 0, 10);
        response.getOutputStream().write(script, 10, script.length - 10);
        response.finish();
        assertEquals("gzip", fake.headers.get("Content-Encoding"));
        assertNull(fake.headers.get("Content-Length"), "the length of the uncompressed file would be a lie");
        assertEquals("W/\"1-2\"", fake.headers.get("ETag"), "entity tags stay as they are (If-Match)");
        assertArrayEquals(script, gunzip(fake.body.toByteArray()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPdfAndAClientWithoutGzipGetTheBytesAsTheyAre() throws IOException {
        FakeResponse pdf = new FakeResponse("application/pdf");
        Compression.Compressing response = new Compression.Compressing(pdf.proxy(), true);
        byte[] bytes = new byte[5000];
        bytes[0] = '%';
        response.setContentLengthLong(bytes.length);
        response.getOutputStream().write(bytes);
        response.finish();
        assertNull(pdf.headers.get("Content-Encoding"));
        assertNull(pdf.headers.get("Vary"));
        assertEquals("5000", pdf.headers.get("Content-Length"));
        assertArrayEquals(bytes, pdf.body.toByteArray());

        FakeResponse html = new FakeResponse("text/html;charset=UTF-8");
        Compression.Compressing plain = new Compression.Compressing(html.proxy(), false);
        String page = "<li>Olena Kovalenko</li>".repeat(300);
        plain.getWriter().write(page);
        plain.finish();
        assertNull(html.headers.get("Content-Encoding"));
        assertEquals("Accept-Encoding", html.headers.get("Vary"));
        assertEquals(page, html.body.toString(StandardCharsets.UTF_8));
    }

    @Test
    void whatWasThrownAwayByAResetIsNotSent() throws IOException {
        FakeResponse fake = new FakeResponse("text/html;charset=UTF-8");
        Compression.Compressing response = new Compression.Compressing(fake.proxy(), true);
        PrintWriter writer = response.getWriter();
        writer.write("half a page that failed ".repeat(100));
        writer.flush();
        response.resetBuffer(); // as a Faces error handler does before it renders the error page
        String error = "<h1>Ein Fehler ist aufgetreten</h1>".repeat(50);
        writer.write(error);
        response.finish();
        assertEquals(error, gunzip(fake.body.toByteArray()));
    }

    private static String gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The container's response, as far as the filter uses it: headers, a body, a buffer that can be reset. */
    static final class FakeResponse {

        final Map<String, String> headers = new LinkedHashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final String contentType;
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };

        FakeResponse(String contentType) {
            this.contentType = contentType;
        }

        HttpServletResponse proxy() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (self, method, args) -> switch (method.getName()) {
                        case "getContentType" -> contentType;
                        case "getCharacterEncoding" -> "UTF-8";
                        case "getHeader" -> headers.get((String) args[0]);
                        case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setContentLength", "setContentLengthLong" ->
                            headers.put("Content-Length", String.valueOf(args[0]));
                        case "getOutputStream" -> stream;
                        case "resetBuffer" -> {
                            body.reset();
                            yield null;
                        }
                        case "isCommitted" -> false;
                        case "getStatus" -> 200;
                        case "flushBuffer" -> null;
                        default -> throw new UncheckedIOException(new IOException("not used: " + method.getName()));
                    });
        }
    }
}
