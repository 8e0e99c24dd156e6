package de.ffit.campus.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * A TrueType font cut down to the characters a PDF of ours may set, before OpenPDF sees it. OpenPDF embeds a font
 * as a subset that keeps the glyph numbers of the whole font: its glyph locations ({@code loca}) and metrics
 * ({@code hmtx}) stay as long as the whole font's (13 KB each for Noto Sans) and its hinting programs come along, so
 * every font a certificate used cost it 7–14 KB, however few letters it drew. The cut font has only the glyphs of
 * the kept characters (and the parts they are built of), numbered anew, without hinting (for print and for
 * viewers, which scale outlines), and without the layout tables OpenPDF does not read (its Arabic shaping maps
 * letters to the presentation forms, which are kept). Widths and outlines are the font's own: text measures and
 * looks the same.
 */
public final class TrueTypeCut {

    /** the tables the cut font has; everything else (GSUB, GPOS, kern, hdmx, hinting ...) is left out */
    private static final List<String> KEPT = List.of("OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca",
            "maxp", "name", "post");

    private final ByteBuffer font;
    private final Map<String, int[]> tables = new TreeMap<>();
    private final Map<Integer, Integer> characters;
    private final int glyf;
    private final int loca;
    private final boolean longOffsets;
    /** the Arabic presentation forms the font has, each with the letters it is a form of */
    private final List<int[]> forms = new ArrayList<>(); // the form, then its letters

    private TrueTypeCut(byte[] bytes) {
        this.font = ByteBuffer.wrap(bytes);
        int count = u16(4);
        for (int i = 0; i < count; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(bytes, entry, 4, StandardCharsets.ISO_8859_1);
            tables.put(tag, new int[] {font.getInt(entry + 8), font.getInt(entry + 12)});
        }
        for (String tag : KEPT) {
            if (!tables.containsKey(tag)) {
                throw new IllegalArgumentException("not a TrueType font with outlines: no table " + tag);
            }
        }
        glyf = table("glyf");
        loca = table("loca");
        longOffsets = u16(table("head") + 50) != 0;
        characters = characters();
        for (int c : new TreeMap<>(characters).keySet()) {
            // the contextual forms (Persian letters among them) and lam-alef; OpenPDF sets no other ligature
            if (c >= 0xFB50 && c <= 0xFBFF || c >= 0xFE70 && c <= 0xFEFF) {
                String letters = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
                forms.add(java.util.stream.IntStream.concat(java.util.stream.IntStream.of(c), letters.codePoints())
                        .toArray());
            }
        }
    }

    /** A font file read once, to be cut again and again. */
    public static TrueTypeCut of(byte[] ttf) {
        return new TrueTypeCut(ttf);
    }

    /** The font with only the characters {@code keep} accepts (and glyph 0, the missing-letter box). */
    public static byte[] keep(byte[] ttf, IntPredicate keep) {
        return new TrueTypeCut(ttf).cut(keep);
    }

    /** The font with only the characters {@code keep} accepts (and glyph 0, the missing-letter box). */
    public byte[] keep(IntPredicate keep) {
        return cut(keep);
    }

    /**
     * The font for setting {@code text}: its characters, the brackets (mirrored in a right-to-left line), and the
     * Arabic presentation forms of its letters, which OpenPDF's shaping sets instead of the letters.
     */
    public byte[] forText(CharSequence text) {
        BitSet used = new BitSet(0x10000);
        text.codePoints().forEach(used::set);
        "()[]{}<>".chars().forEach(used::set);
        for (int[] form : forms) {
            boolean all = true;
            for (int i = 1; i < form.length && all; i++) {
                all = used.get(form[i]);
            }
            if (all) {
                used.set(form[0]);
            }
        }
        TreeMap<Integer, Integer> kept = new TreeMap<>();
        for (int c = used.nextSetBit(0); c >= 0; c = used.nextSetBit(c + 1)) {
            Integer glyph = characters.get(c);
            if (glyph != null && glyph != 0) {
                kept.put(c, glyph);
            }
        }
        return cut(kept);
    }

    private byte[] cut(IntPredicate keep) {
        TreeMap<Integer, Integer> cmap = new TreeMap<>();
        characters.forEach((cp, glyph) -> {
            if (keep.test(cp) && glyph != 0) {
                cmap.put(cp, glyph);
            }
        });
        return cut(cmap);
    }

    /** the font with these characters, each to its glyph in this font */
    private byte[] cut(TreeMap<Integer, Integer> cmap) {
        int glyphs = u16(table("maxp") + 4);
        int[] newNumber = new int[glyphs];
        Arrays.fill(newNumber, -1);
        List<Integer> order = new ArrayList<>();
        take(0, newNumber, order);
        for (int glyph : cmap.values()) {
            take(glyph, newNumber, order);
        }
        ByteArrayOutputStream glyf = new ByteArrayOutputStream();
        ByteBuffer loca = ByteBuffer.allocate(4 * (order.size() + 1));
        ByteBuffer hmtx = ByteBuffer.allocate(4 * order.size());
        int metrics = u16(table("hhea") + 34);
        for (int glyph : order) {
            loca.putInt(glyf.size());
            byte[] outline = outline(glyph, newNumber);
            glyf.write(outline, 0, outline.length);
            while (glyf.size() % 4 != 0) {
                glyf.write(0);
            }
            int hm = table("hmtx");
            int advance = u16(hm + 4 * (Math.min(glyph, metrics - 1)));
            int lsb = glyph < metrics ? u16(hm + 4 * glyph + 2) : u16(hm + 4 * metrics + 2 * (glyph - metrics));
            hmtx.putShort((short) advance).putShort((short) lsb);
        }
        loca.putInt(glyf.size());

        Map<String, byte[]> out = new TreeMap<>();
        byte[] head = copy("head");
        ByteBuffer.wrap(head).putInt(8, 0).putShort(50, (short) 1); // checksum adjustment later; long loca
        out.put("head", head);
        byte[] hhea = copy("hhea");
        ByteBuffer.wrap(hhea).putShort(34, (short) order.size());
        out.put("hhea", hhea);
        byte[] maxp = copy("maxp");
        ByteBuffer.wrap(maxp).putShort(4, (short) order.size());
        out.put("maxp", maxp);
        byte[] post = Arrays.copyOf(copy("post"), 32); // format 3: no glyph names
        ByteBuffer.wrap(post).putInt(0, 0x00030000);
        out.put("post", post);
        out.put("OS/2", copy("OS/2"));
        out.put("name", copy("name"));
        out.put("cmap", cmap(cmap, newNumber));
        out.put("glyf", glyf.toByteArray());
        out.put("loca", loca.array());
        out.put("hmtx", hmtx.array());
        return assemble(out);
    }

    /** a glyph and the glyphs it is composed of, numbered in the order taken */
    private void take(int glyph, int[] newNumber, List<Integer> order) {
        if (glyph >= newNumber.length || newNumber[glyph] >= 0) {
            return;
        }
        newNumber[glyph] = order.size();
        order.add(glyph);
        int start = glyphStart(glyph);
        int end = glyphStart(glyph + 1);
        if (end - start < 10 || (short) u16(start) >= 0) {
            return;
        }
        for (int at = start + 10; ; ) {
            int flags = u16(at);
            take(u16(at + 2), newNumber, order);
            at += componentLength(flags);
            if ((flags & 0x20) == 0) {
                return;
            }
        }
    }

    /** a composite's component: flags, glyph, its two arguments and its scale */
    private static int componentLength(int flags) {
        int length = 4 + ((flags & 0x1) != 0 ? 4 : 2);
        if ((flags & 0x8) != 0) {
            length += 2;
        } else if ((flags & 0x40) != 0) {
            length += 4;
        } else if ((flags & 0x80) != 0) {
            length += 8;
        }
        return length;
    }

    /** a glyph's outline without its hinting instructions, composites pointing at the new numbers */
    private byte[] outline(int glyph, int[] newNumber) {
        int start = glyphStart(glyph);
        int end = glyphStart(glyph + 1);
        if (end - start < 10) {
            return new byte[0];
        }
        byte[] data = new byte[end - start];
        font.get(start, data);
        ByteBuffer b = ByteBuffer.wrap(data);
        short contours = b.getShort(0);
        if (contours >= 0) {
            int lengthAt = 10 + 2 * contours;
            int instructions = b.getShort(lengthAt) & 0xffff;
            byte[] bare = new byte[data.length - instructions];
            System.arraycopy(data, 0, bare, 0, lengthAt);
            System.arraycopy(data, lengthAt + 2 + instructions, bare, lengthAt + 2,
                    data.length - lengthAt - 2 - instructions);
            return bare; // the instruction length stays 0
        }
        int at = 10;
        while (true) {
            int flags = b.getShort(at) & 0xffff;
            int last = flags & 0x20;
            b.putShort(at, (short) (flags & ~0x100)); // no instructions after the components
            b.putShort(at + 2, (short) newNumber[b.getShort(at + 2) & 0xffff]);
            at += componentLength(flags);
            if (last == 0) {
                return Arrays.copyOf(data, at);
            }
        }
    }

    private int glyphStart(int glyph) {
        return glyf + (longOffsets ? font.getInt(loca + 4 * glyph) : 2 * u16(loca + 2 * glyph));
    }

    /** every character of the font and its glyph, from its Unicode character maps (formats 4 and 12) */
    private Map<Integer, Integer> characters() {
        Map<Integer, Integer> map = new HashMap<>();
        int cmap = table("cmap");
        int count = u16(cmap + 2);
        for (int i = 0; i < count; i++) {
            int platform = u16(cmap + 4 + 8 * i);
            int encoding = u16(cmap + 6 + 8 * i);
            if (!(platform == 3 && (encoding == 1 || encoding == 10) || platform == 0)) {
                continue;
            }
            int sub = cmap + font.getInt(cmap + 8 + 8 * i);
            int format = u16(sub);
            if (format == 4) {
                int segments = u16(sub + 6) / 2;
                int ends = sub + 14;
                int starts = ends + 2 * segments + 2;
                int deltas = starts + 2 * segments;
                int ranges = deltas + 2 * segments;
                for (int s = 0; s < segments; s++) {
                    int first = u16(starts + 2 * s);
                    int last = u16(ends + 2 * s);
                    int delta = u16(deltas + 2 * s);
                    int range = u16(ranges + 2 * s);
                    for (int c = first; c <= last && c != 0xffff; c++) {
                        int glyph = range == 0 ? c + delta
                                : u16(ranges + 2 * s + range + 2 * (c - first));
                        if (range != 0 && glyph != 0) {
                            glyph += delta;
                        }
                        map.putIfAbsent(c, glyph & 0xffff);
                    }
                }
            } else if (format == 12) {
                long groups = font.getInt(sub + 12) & 0xffffffffL;
                for (int g = 0; g < groups; g++) {
                    int at = sub + 16 + 12 * g;
                    int first = font.getInt(at);
                    int last = font.getInt(at + 4);
                    int glyph = font.getInt(at + 8);
                    for (int c = first; c <= last; c++) {
                        map.putIfAbsent(c, glyph + c - first);
                    }
                }
            }
        }
        return map;
    }

    /** a Windows Unicode map (format 4) of the characters of the basic plane and one (format 12) of all */
    private static byte[] cmap(TreeMap<Integer, Integer> kept, int[] newNumber) {
        List<int[]> runs = new ArrayList<>(); // first character, last, first glyph
        for (Map.Entry<Integer, Integer> e : kept.entrySet()) {
            int c = e.getKey();
            int glyph = newNumber[e.getValue()];
            int[] run = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (run != null && run[1] == c - 1 && run[2] + (c - run[0]) == glyph) {
                run[1] = c;
            } else {
                runs.add(new int[] {c, c, glyph});
            }
        }
        List<int[]> basic = runs.stream().filter(r -> r[1] < 0xffff).toList();
        int segments = basic.size() + 1;
        ByteBuffer f4 = ByteBuffer.allocate(16 + 8 * segments);
        int power = Integer.highestOneBit(segments);
        f4.putShort((short) 4).putShort((short) f4.capacity()).putShort((short) 0).putShort((short) (2 * segments))
                .putShort((short) (2 * power)).putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) (2 * segments - 2 * power));
        basic.forEach(r -> f4.putShort((short) r[1]));
        f4.putShort((short) 0xffff).putShort((short) 0);
        basic.forEach(r -> f4.putShort((short) r[0]));
        f4.putShort((short) 0xffff);
        basic.forEach(r -> f4.putShort((short) (r[2] - r[0])));
        f4.putShort((short) 1);
        for (int i = 0; i < segments; i++) {
            f4.putShort((short) 0);
        }
        ByteBuffer f12 = ByteBuffer.allocate(16 + 12 * runs.size());
        f12.putShort((short) 12).putShort((short) 0).putInt(f12.capacity()).putInt(0).putInt(runs.size());
        runs.forEach(r -> f12.putInt(r[0]).putInt(r[1]).putInt(r[2]));
        ByteBuffer cmap = ByteBuffer.allocate(4 + 16 + f4.capacity() + f12.capacity());
        cmap.putShort((short) 0).putShort((short) 2);
        cmap.putShort((short) 3).putShort((short) 1).putInt(20);
        cmap.putShort((short) 3).putShort((short) 10).putInt(20 + f4.capacity());
        cmap.put(f4.array()).put(f12.array());
        return cmap.array();
    }

    /** the tables into one font file: directory, tables at four-byte boundaries, checksums */
    private static byte[] assemble(Map<String, byte[]> tables) {
        int count = tables.size();
        int size = 12 + 16 * count;
        for (byte[] t : tables.values()) {
            size += (t.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(count);
        out.putInt(0x00010000).putShort((short) count).putShort((short) (16 * power))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (16 * count - 16 * power));
        int offset = 12 + 16 * count;
        int headAt = 0;
        for (Map.Entry<String, byte[]> t : tables.entrySet()) {
            byte[] data = t.getValue();
            out.put(t.getKey().getBytes(StandardCharsets.ISO_8859_1));
            out.put(offset, data);
            out.putInt(checksum(out, offset, data.length)).putInt(offset).putInt(data.length);
            if (t.getKey().equals("head")) {
                headAt = offset;
            }
            offset += (data.length + 3) & ~3;
        }
        out.putInt(headAt + 8, 0xB1B0AFBA - checksum(out, 0, size));
        return out.array();
    }

    /** the sum of the big-endian words from {@code from} (the table padded with zeros to a whole word) */
    private static int checksum(ByteBuffer file, int from, int length) {
        int sum = 0;
        for (int i = from; i < from + length; i += 4) {
            sum += file.getInt(i);
        }
        return sum;
    }

    private byte[] copy(String tag) {
        int[] where = tables.get(tag);
        byte[] data = new byte[where[1]];
        font.get(where[0], data);
        return data;
    }

    private int table(String tag) {
        return tables.get(tag)[0];
    }

    private int u16(int at) {
        return font.getShort(at) & 0xffff;
    }
}
