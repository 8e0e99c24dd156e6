package de.ffit.campus.support;

import io.nayuki.qrcodegen.QrCode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A camera for headless Chromium that holds a learner card up: a short Y4M video (YUV4MPEG2, 640x480, 4:2:0) of
 * a black-on-white QR code. Chromium plays it, looping, as the only camera when started with
 * {@code --use-fake-device-for-media-stream --use-file-for-fake-video-capture=<file>
 * --use-fake-ui-for-media-stream} (the last one answers the permission prompt with yes).
 */
public final class FakeCamera {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 480;
    private static final int FRAMES = 10;
    /** Modules of white around the code, as the QR standard asks. */
    private static final int QUIET_ZONE = 4;
    private static final byte BLACK = 0;
    private static final byte WHITE = (byte) 255;
    /** Chroma of a grey picture: no colour. */
    private static final byte NO_COLOUR = (byte) 128;

    private FakeCamera() {
    }

    /** Writes a new video file in {@code directory} showing a QR code of {@code text}, centred, and returns it. */
    public static Path qrVideo(String text, Path directory) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int scale = Math.min(WIDTH, HEIGHT) / (code.size + 2 * QUIET_ZONE);
        if (scale < 1) {
            throw new IllegalArgumentException("Too long for a " + WIDTH + "x" + HEIGHT + " picture: " + text);
        }
        int side = code.size * scale;
        int left = (WIDTH - side) / 2;
        int top = (HEIGHT - side) / 2;
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, WHITE);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (code.getModule(x / scale, y / scale)) {
                    luma[(top + y) * WIDTH + left + x] = BLACK;
                }
            }
        }
        byte[] chroma = new byte[(WIDTH / 2) * (HEIGHT / 2)];
        Arrays.fill(chroma, NO_COLOUR);
        try {
            Files.createDirectories(directory);
            Path file = Files.createTempFile(directory, "learner-card-", ".y4m");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F30:1 Ip A1:1 C420jpeg\n")
                        .getBytes(StandardCharsets.US_ASCII));
                for (int frame = 0; frame < FRAMES; frame++) {
                    out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                    out.write(luma);
                    out.write(chroma); // U
                    out.write(chroma); // V
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
