package de.ffit.campus.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body has no announced length (chunked): whoever reads it reads through a count, and the read that
 * passes the limit fails with {@link BodyTooLarge} instead of going on. So no more than the limit (and one buffer)
 * is ever read into memory, whatever the sender keeps sending.
 */
final class CountedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private long count;
    private boolean exceeded;
    private ServletInputStream stream;
    private BufferedReader reader;

    CountedRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    /** whether a read went past the limit */
    boolean exceeded() {
        return exceeded;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (reader != null) {
            throw new IllegalStateException("getReader() has been called");
        }
        if (stream == null) {
            stream = new Counting(super.getInputStream());
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    private void counted(int read) throws BodyTooLarge {
        if (read > 0) {
            count += read;
            if (count > limit) {
                exceeded = true;
                // for whoever turns the failed read into an answer, when the exception that reaches it has lost
                // this one on the way (a JSON parser reports only its own)
                setAttribute(RequestLimits.EXCEEDED, Boolean.TRUE);
                throw new BodyTooLarge(limit);
            }
        }
    }

    /** The body went past its limit; thrown from the read that passed it. */
    public static final class BodyTooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        BodyTooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    private final class Counting extends ServletInputStream {

        private final ServletInputStream in;

        Counting(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (exceeded) {
                throw new BodyTooLarge(limit);
            }
            int b = in.read();
            counted(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (exceeded) {
                throw new BodyTooLarge(limit);
            }
            int read = in.read(buffer, offset, length);
            counted(read);
            return read;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
