package de.ffit.campus.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hotspot the test can switch: a TCP forwarder on 127.0.0.1 in front of the application. A browser that talks to
 * the application through it loses the network for real, service worker included (Chromium's emulated offline
 * mode applies to the page, not to its service worker, see STACK.md):
 * <ul>
 * <li>{@link Mode#ONLINE}: bytes pass both ways;</li>
 * <li>{@link Mode#OFFLINE}: every connection, open or new, is closed at once;</li>
 * <li>{@link Mode#ANSWERS_LOST}: requests reach the application, its answers never come back (the connection is
 * closed as the answer starts), as when a hotspot drops right after sending.</li>
 * </ul>
 * Only loopback, and it stops with {@link #close()}.
 */
public final class SwitchableProxy implements AutoCloseable {

    public enum Mode { ONLINE, OFFLINE, ANSWERS_LOST }

    private final ServerSocket server;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger lostAnswers = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong toBrowser = new java.util.concurrent.atomic.AtomicLong();
    private volatile Mode mode = Mode.ONLINE;

    public SwitchableProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::accept, "switchable-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** how many answers were dropped in {@link Mode#ANSWERS_LOST} */
    public int lostAnswers() {
        return lostAnswers.get();
    }

    /**
     * Bytes the application sent to the browser through this proxy since the last call, headers included: what
     * crossed the hotspot, for the page and for its service worker alike.
     */
    public long bytesToBrowser() {
        return toBrowser.getAndSet(0);
    }

    public void set(Mode mode) {
        this.mode = mode;
        if (mode == Mode.OFFLINE) {
            open.forEach(SwitchableProxy::quietlyClose);
            open.clear();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (mode == Mode.OFFLINE) {
                    quietlyClose(client);
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(upstream);
                pump(client, upstream, false);
                pump(upstream, client, true);
            } catch (IOException e) {
                // closed, or the application refused: the browser sees a dropped connection either way
            }
        }
    }

    private void pump(Socket from, Socket to, boolean answers) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (mode == Mode.OFFLINE || (answers && mode == Mode.ANSWERS_LOST)) {
                        if (answers && mode == Mode.ANSWERS_LOST) {
                            lostAnswers.incrementAndGet();
                        }
                        break;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    if (answers) {
                        toBrowser.addAndGet(n);
                    }
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                quietlyClose(from);
                quietlyClose(to);
                open.remove(from);
                open.remove(to);
            }
        }, "switchable-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void quietlyClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        mode = Mode.OFFLINE;
        server.close();
        open.forEach(SwitchableProxy::quietlyClose);
    }
}
