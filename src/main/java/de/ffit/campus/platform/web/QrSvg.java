package de.ffit.campus.platform.web;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as inline SVG, for a screen to show (error correction LOW: a screen does not get dirty, and fewer,
 * bigger squares scan more easily from a distance): one path of dark squares on white with the four-module quiet zone
 * scanners need, scaled by CSS. The markup is made here from the code's modules only (the text is not in it),
 * so it is safe to write unescaped.
 */
public final class QrSvg {

    private static final int QUIET = 4;

    private QrSvg() {
    }

    public static String of(String text) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.LOW);
        int size = code.size + 2 * QUIET;
        StringBuilder path = new StringBuilder(code.size * code.size * 4);
        for (int y = 0; y < code.size; y++) {
            int x = 0;
            while (x < code.size) {
                if (!code.getModule(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < code.size && code.getModule(x + run, y)) {
                    run++;
                }
                path.append('M').append(x + QUIET).append(' ').append(y + QUIET).append('h').append(run)
                        .append("v1h-").append(run).append('z');
                x += run;
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"" + size
                + "\" height=\"" + size + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
