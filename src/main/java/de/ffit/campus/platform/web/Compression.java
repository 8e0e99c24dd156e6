package de.ffit.campus.platform.web;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses text answers with gzip for clients that accept it: pages and Faces' Ajax answers, scripts, styles,
 * JSON (also {@code application/problem+json} and {@code application/manifest+json}), XML and SVG. A trainer on
 * a weak hotspot gets the take-attendance page with its scripts and styles in about a quarter of the bytes.
 * Bodies under {@value #MIN_SIZE} bytes go out as they are (gzip's own overhead eats most of the gain), and so does
 * everything that is compressed already (PDF, PNG, ZIP, fonts) or streamed (text/event-stream).
 *
 * <p>Why a filter in the application and not the web container's compression setting ({@code compression=on} on
 * the HTTP listener, tried with Payara Micro 6.2025.10 through a pre-boot command file): Grizzly compressed, but
 * it sent no {@code Vary: Accept-Encoding}, so a cache between a hotspot and the server may hand the gzipped copy
 * to a client that never asked for it; and it compressed every answer of unknown length however small (every
 * Faces and JAX-RS answer is sent chunked: a 143-byte problem+json went out gzipped). The setting would also have
 * to be kept the same in three places (the jar's pre-boot commands, the plain Payara Micro of the Arquillian
 * tests, the docker image); the filter travels with the WAR and works the same wherever it is deployed.
 *
 * <p>Entity tags are left as they are: the attendance API's {@code ETag} names the version of a lesson's marks,
 * which {@code If-Match} compares, not the bytes of one encoding of it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class Compression extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** smaller bodies are sent as they are */
    static final int MIN_SIZE = 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // a HEAD has no body; a range of bytes refers to the uncompressed file
        if ("HEAD".equals(request.getMethod()) || request.getHeader("Range") != null) {
            chain.doFilter(request, response);
            return;
        }
        Compressing compressing = new Compressing(response, acceptsGzip(request.getHeader("Accept-Encoding")));
        chain.doFilter(request, compressing);
        if (request.isAsyncStarted()) {
            request.getAsyncContext().addListener(new AsyncListener() {
                @Override
                public void onComplete(AsyncEvent event) throws IOException {
                    compressing.finish();
                }

                @Override
                public void onTimeout(AsyncEvent event) {
                }

                @Override
                public void onError(AsyncEvent event) {
                }

                @Override
                public void onStartAsync(AsyncEvent event) {
                }
            });
        } else {
            compressing.finish();
        }
    }

    /** gzip (or *) named in Accept-Encoding and not refused with q=0 */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("*")) {
                boolean refused = false;
                for (int i = 1; i < pieces.length; i++) {
                    String parameter = pieces[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
                    if (parameter.startsWith("q=")) {
                        try {
                            refused = Double.parseDouble(parameter.substring(2)) <= 0;
                        } catch (NumberFormatException e) {
                            refused = true;
                        }
                    }
                }
                if (!refused) {
                    return true;
                }
            }
        }
        return false;
    }

    /** text, JavaScript, JSON and XML of every kind (+json, +xml: problem+json, manifest+json, SVG) */
    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") && !type.equals("text/event-stream")
                || type.equals("application/javascript") || type.equals("application/json")
                || type.equals("application/xml") || type.endsWith("+json") || type.endsWith("+xml");
    }

    /**
     * Holds back the first {@value #MIN_SIZE} bytes of a compressible answer, then decides: gzip when the body is
     * (or will be, by its declared length) at least that long, as it is otherwise.
     */
    static final class Compressing extends HttpServletResponseWrapper {

        private enum State { UNDECIDED, COMPRESSED, PLAIN, DONE }

        private final HttpServletResponse response;
        private final boolean accepted;
        private State state = State.UNDECIDED;
        private ByteArrayOutputStream held = new ByteArrayOutputStream(MIN_SIZE + 64);
        private OutputStream target;
        private GZIPOutputStream gzip;
        private long declaredLength = -1;
        private Body body;
        private PrintWriter writer;

        Compressing(HttpServletResponse response, boolean accepted) {
            super(response);
            this.response = response;
            this.accepted = accepted;
        }

        private void decide(boolean complete) throws IOException {
            String type = getContentType();
            boolean textual = compressible(type);
            if (textual) {
                String vary = response.getHeader("Vary");
                if (vary == null || vary.isBlank()) {
                    response.setHeader("Vary", "Accept-Encoding");
                } else if (!vary.toLowerCase(Locale.ROOT).contains("accept-encoding")) {
                    response.setHeader("Vary", vary + ", Accept-Encoding");
                }
            }
            long length = complete ? held.size() : declaredLength;
            boolean worth = complete || declaredLength >= 0 ? length >= MIN_SIZE : held.size() > MIN_SIZE;
            if (accepted && textual && worth && response.getHeader("Content-Encoding") == null) {
                response.setHeader("Content-Encoding", "gzip");
                gzip = new GZIPOutputStream(response.getOutputStream(), 8192, true);
                target = gzip;
                state = State.COMPRESSED;
            } else {
                if (declaredLength >= 0) {
                    response.setContentLengthLong(declaredLength);
                } else if (complete && held.size() > 0) {
                    response.setContentLength(held.size());
                }
                target = response.getOutputStream();
                state = State.PLAIN;
            }
            if (held.size() > 0) {
                held.writeTo(target);
            }
            held = null;
        }

        private void write(byte[] bytes, int offset, int length) throws IOException {
            switch (state) {
                case UNDECIDED -> {
                    if (!accepted || !compressible(getContentType())) {
                        decide(false);
                        target.write(bytes, offset, length);
                    } else {
                        held.write(bytes, offset, length);
                        if (held.size() > MIN_SIZE) {
                            decide(false);
                        }
                    }
                }
                case COMPRESSED, PLAIN -> target.write(bytes, offset, length);
                case DONE -> { } // after sendError or sendRedirect: the container writes the body
            }
        }

        private void flush() throws IOException {
            // while undecided nothing is sent: a small answer that flushes early is not worth compressing
            if (state == State.COMPRESSED || state == State.PLAIN) {
                target.flush();
            }
        }

        /** the end of the answer: what is held goes out, gzip's trailer is written */
        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (state == State.UNDECIDED) {
                decide(true);
            }
            if (state == State.COMPRESSED) {
                gzip.finish();
                gzip.flush();
            }
            state = State.DONE;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called already");
            }
            if (body == null) {
                body = new Body();
            }
            return body;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                if (body != null) {
                    throw new IllegalStateException("getOutputStream() was called already");
                }
                body = new Body();
                writer = new PrintWriter(new OutputStreamWriter(body, getCharacterEncoding()));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            flush();
            if (state != State.UNDECIDED) {
                super.flushBuffer();
            }
        }

        @Override
        public void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            if (state == State.PLAIN) {
                super.setContentLengthLong(length);
            } else if (state == State.UNDECIDED) {
                declaredLength = length;
            }
        }

        private boolean contentLength(String name) {
            return "Content-Length".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (contentLength(name)) {
                setContentLengthLong(value == null ? -1 : Long.parseLong(value.trim()));
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (contentLength(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if (contentLength(name)) {
                setContentLengthLong(value);
            } else {
                super.setIntHeader(name, value);
            }
        }

        @Override
        public void addIntHeader(String name, int value) {
            if (contentLength(name)) {
                setContentLengthLong(value);
            } else {
                super.addIntHeader(name, value);
            }
        }

        @Override
        public void resetBuffer() {
            if (writer != null) {
                writer.flush(); // characters still in the writer belong to what is thrown away
            }
            super.resetBuffer();
            if (state == State.UNDECIDED) {
                held.reset();
            } else if (state == State.COMPRESSED) {
                // the container's buffer lost gzip's header with the rest: start the stream again
                try {
                    gzip = new GZIPOutputStream(response.getOutputStream(), 8192, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                target = gzip;
            }
        }

        @Override
        public void reset() {
            if (writer != null) {
                writer.flush(); // characters still in the writer belong to what is thrown away
            }
            super.reset();
            state = State.UNDECIDED;
            held = new ByteArrayOutputStream(MIN_SIZE + 64);
            target = null;
            gzip = null;
            declaredLength = -1;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            state = State.DONE;
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            state = State.DONE;
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            state = State.DONE;
            super.sendRedirect(location);
        }

        private final class Body extends ServletOutputStream {

            @Override
            public void write(int b) throws IOException {
                Compressing.this.write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                Compressing.this.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                Compressing.this.flush();
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                try {
                    response.getOutputStream().setWriteListener(listener);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
