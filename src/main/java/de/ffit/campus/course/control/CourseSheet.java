package de.ffit.campus.course.control;

import de.ffit.campus.course.entity.CourseTextKey;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.error.CampusException.Sentence;
import de.ffit.campus.platform.export.Spreadsheet;
import de.ffit.campus.platform.i18n.Language;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A course's texts in one language as a translator's spreadsheet (key, German, English, the language's text,
 * reviewed), and the checks a sheet must pass before anything of it is stored. The rules, also in the README
 * ("Course content in other languages"):
 * <ul>
 * <li>A blank cell means "not translated yet" and changes nothing, unless the language already has a text for that
 * key: then the text has gone missing and the sheet is refused (a sheet never deletes a translation).</li>
 * <li>A sheet without any text at all, a row whose key is not a text of the course, a key twice, a text longer than
 * its field, a text not written in the language's script (or with letters only a neighbouring language has), or
 * a text whose numbers, web addresses or {placeholders} differ from the German refuses the whole sheet, each
 * problem named with its row.</li>
 * <li>A text translated from a German that has changed since the export is stored, but with the German of the
 * sheet as its source: it shows as outdated until someone translates the new German.</li>
 * </ul>
 * No container, no database: {@link CourseTranslations} feeds it what the course holds.
 */
public final class CourseSheet {

    public static final String KEY = "key";
    public static final String REVIEWED = "reviewed";

    /** One text of the course: its key, the German as the coordinator typed it, the longest translation allowed. */
    public record Item(CourseTextKey key, String german, int maxLength) implements Serializable {

        boolean isTitle() {
            return !key.value().endsWith(".description");
        }
    }

    /** What one language has for a key now. */
    public record Current(String text, String source, boolean reviewed) {
    }

    /** A row of an imported sheet, as typed; {@code row} is the row number a spreadsheet shows (the header is 1). */
    public record Row(long row, String key, String german, String text, String reviewed, int cells) {
    }

    /** A text to store, new or changed; {@code before} is null for a new one. */
    public record Change(CourseTextKey key, String text, String source, boolean reviewed, boolean outdated,
            Current before) {
    }

    private CourseSheet() {
    }

    public static List<String> header(Language language) {
        return List.of(KEY, "Deutsch", "English", language.code(), REVIEWED);
    }

    /** The sheet of {@code language}: every text of the course, with the English and the language's text so far. */
    public static byte[] write(Language language, List<Item> items, Map<String, String> english,
            Map<String, Current> current) {
        List<List<String>> rows = new ArrayList<>();
        for (Item item : items) {
            Current now = current.get(item.key().value());
            rows.add(List.of(item.key().value(), item.german(), english.getOrDefault(item.key().value(), ""),
                    now == null ? "" : now.text(), now == null ? "" : now.reviewed() ? "yes" : "no"));
        }
        return Spreadsheet.csv(header(language), rows);
    }

    /**
     * The rows of a sheet for {@code language}. Refuses a file that is not UTF-8, has no header row of a course
     * sheet, or is the sheet of another language.
     */
    public static List<Row> read(Language language, byte[] file) {
        String text = utf8(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char delimiter = firstLine.contains(";") ? ';' : firstLine.contains("\t") ? '\t' : ',';
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty() || records.get(0).size() < 4
                    || !records.get(0).get(0).strip().equalsIgnoreCase(KEY)) {
                throw CampusException.invalid("courseTexts.unreadable", "file");
            }
            CSVRecord header = records.get(0);
            String named = header.get(3).strip();
            if (!named.equalsIgnoreCase(language.code())) {
                throw CampusException.invalid("courseTexts.wrongLanguage", "file", named, language.code());
            }
            int reviewedColumn = -1;
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equalsIgnoreCase(REVIEWED)) {
                    reviewedColumn = i;
                }
            }
            for (CSVRecord record : records.subList(1, records.size())) {
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new Row(record.getRecordNumber(), record.get(0), cell(record, 1), cell(record, 3),
                        reviewedColumn < 0 ? "" : cell(record, reviewedColumn), record.size()));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException unreadable) {
            throw CampusException.invalid("courseTexts.unreadable", "file");
        }
        return rows;
    }

    /**
     * What the sheet would store. Throws a refusal naming every problem by its row when there is one, so that
     * nothing of a broken sheet is written.
     */
    public static List<Change> check(Language language, List<Row> rows, List<Item> items,
            Map<String, Current> current) {
        Map<String, Item> byKey = new HashMap<>();
        items.forEach(item -> byKey.put(item.key().value(), item));
        Set<String> seen = new HashSet<>();
        List<Sentence> problems = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        int texts = 0;
        for (Row row : rows) {
            String key = row.key().strip();
            Item item = byKey.get(key);
            if (item == null) {
                problems.add(problem("courseTexts.row.unknownKey", row, key));
                continue;
            }
            if (!seen.add(key)) {
                problems.add(problem("courseTexts.row.duplicate", row, key));
                continue;
            }
            if (row.cells() < 4) {
                problems.add(problem("courseTexts.row.noColumn", row, language.code()));
                continue;
            }
            String text = clean(row.text(), item.isTitle());
            Current now = current.get(key);
            if (text.isEmpty()) {
                if (now != null) {
                    problems.add(problem("courseTexts.row.missing", row));
                }
                continue;
            }
            texts++;
            String german = clean(row.german(), item.isTitle());
            String source = german.isEmpty() ? item.german().strip() : german;
            Boolean reviewed = reviewed(row.reviewed());
            List<String> sourceTokens = tokens(source);
            List<String> textTokens = tokens(text);
            if (text.length() > item.maxLength()) {
                problems.add(problem("courseTexts.row.tooLong", row, text.length(), item.maxLength()));
            } else if (!writtenIn(language, text)) {
                problems.add(problem("courseTexts.row.script", row, language.nativeName()));
            } else if (!sourceTokens.equals(textTokens)) {
                problems.add(problem("courseTexts.row.tokens", row, shown(sourceTokens), shown(textTokens)));
            } else if (reviewed == null) {
                problems.add(problem("courseTexts.row.reviewed", row, row.reviewed().strip()));
            } else if (now == null || !now.text().equals(text) || now.reviewed() != reviewed
                    || !now.source().strip().equals(source)) {
                // the same text checked against a newer German is a change too: it is no longer outdated
                changes.add(new Change(item.key(), text, source, reviewed,
                        !source.equals(item.german().strip()), now));
            }
        }
        if (!problems.isEmpty()) {
            throw CampusException.invalid("courseTexts.refused", "file", problems.size(),
                    new CampusException.Sentences(problems));
        }
        if (texts == 0) {
            throw CampusException.invalid("courseTexts.empty", "file");
        }
        return changes;
    }

    private static Sentence problem(String key, Row row, Object... args) {
        List<Object> all = new ArrayList<>();
        all.add(row.row());
        all.addAll(List.of(args));
        return new Sentence(key, all);
    }

    /**
     * A cell as stored: the formula guard of the export taken off again, line breaks of a spreadsheet as one
     * kind, none in a title.
     */
    static String clean(String cell, boolean title) {
        String value = cell == null ? "" : cell;
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            value = value.substring(1);
        }
        value = value.replace("\r\n", "\n").replace('\r', '\n');
        if (title) {
            value = value.replaceAll("\\s*\n\\s*", " ");
        }
        return value.strip();
    }

    private static Boolean reviewed(String cell) {
        String value = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "no", "nein", "false", "0", "n" -> Boolean.FALSE;
            case "yes", "ja", "true", "1", "x", "y", "j" -> Boolean.TRUE;
            default -> null;
        };
    }

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s<>\"“”«»]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\s]{1,40}}");

    /**
     * What must come through a translation unchanged, sorted: web addresses, {placeholders} and numbers (a number
     * in any digits, 10 and ١٠ and ۱۰ alike, since each language writes its own).
     */
    static List<String> tokens(String text) {
        List<String> found = new ArrayList<>();
        String rest = text;
        for (Pattern pattern : List.of(WEB_ADDRESS, PLACEHOLDER)) {
            Matcher m = pattern.matcher(rest);
            while (m.find()) {
                found.add(m.group().replaceAll("[.,;:!?)\\]]+$", ""));
            }
            rest = m.replaceAll(" ");
        }
        StringBuilder number = new StringBuilder();
        for (int i = 0; i <= rest.length(); i++) {
            int digit = i < rest.length() ? Character.digit(rest.charAt(i), 10) : -1;
            if (digit >= 0) {
                number.append(digit);
            } else if (!number.isEmpty()) {
                found.add(number.toString());
                number.setLength(0);
            }
        }
        found.sort(null);
        return found;
    }

    private static String shown(List<String> tokens) {
        return tokens.isEmpty() ? "–" : String.join(" ", tokens);
    }

    /** letters that only a neighbouring language of the same script has: Persian and Pashto, Russian, Ukrainian */
    private static final String PERSIAN_LETTERS = "پچژگیک";
    private static final String PASHTO_LETTERS = "ټډړښږځڅڼګۍې";
    private static final String RUSSIAN_LETTERS = "ыэъёЫЭЪЁ";
    private static final String UKRAINIAN_LETTERS = "іїєґІЇЄҐ";

    /**
     * Whether the text can be in the language: some of its letters (if it has any) are in the language's script,
     * and none is a letter that only a neighbouring language of that script uses. A text of digits and brand names
     * in Latin letters is not refused in a Latin-script language; in Arabic it needs an Arabic letter.
     */
    static boolean writtenIn(Language language, String text) {
        Character.UnicodeScript script = switch (language) {
            case AR, FA, PS -> Character.UnicodeScript.ARABIC;
            case UK, RU -> Character.UnicodeScript.CYRILLIC;
            case TI -> Character.UnicodeScript.ETHIOPIC;
            default -> Character.UnicodeScript.LATIN;
        };
        boolean letters = text.codePoints().anyMatch(Character::isLetter);
        if (letters && text.codePoints().noneMatch(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == script)) {
            return false;
        }
        String foreign = switch (language) {
            case AR -> PERSIAN_LETTERS + PASHTO_LETTERS;
            case FA -> PASHTO_LETTERS;
            case UK -> RUSSIAN_LETTERS;
            case RU -> UKRAINIAN_LETTERS;
            default -> "";
        };
        return text.codePoints().noneMatch(cp -> foreign.indexOf(cp) >= 0);
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index) : "";
    }

    private static String utf8(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw CampusException.invalid("courseTexts.notUtf8", "file");
        }
    }
}
