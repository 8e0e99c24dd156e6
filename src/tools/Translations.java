import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interface texts as a spreadsheet for volunteer translators, and back. Run from the repository's top level:
 *
 * <pre>
 *   java src/tools/Translations.java export uk strings-uk.csv     # key, English, German, Ukrainian (empty where missing)
 *   java src/tools/Translations.java import uk strings-uk.csv     # writes src/main/resources/i18n/messages_uk.properties
 *   java src/tools/Translations.java check                        # every bundle: same keys, same placeholders
 * </pre>
 *
 * The CSV is UTF-8 with a byte-order mark, separated by semicolons, every cell quoted (Excel and LibreOffice open
 * it as it is). Import refuses a file with a missing text, a changed placeholder ({0}, {1} …) or an ASCII apostrophe
 * (Java's MessageFormat would swallow it; write ’ instead), and says which rows.
 */
public class Translations {

    static final Path BUNDLES = Path.of("src", "main", "resources", "i18n");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("export")) {
            export(args[1], Path.of(args[2]));
        } else if (args.length == 3 && args[0].equals("import")) {
            System.exit(importCsv(args[1], Path.of(args[2])) ? 0 : 1);
        } else if (args.length == 1 && args[0].equals("check")) {
            System.exit(check() ? 0 : 1);
        } else {
            System.err.println("usage: java src/tools/Translations.java export|import LANGUAGE FILE.csv, or check");
            System.exit(2);
        }
    }

    static Path bundle(String language) {
        return BUNDLES.resolve(language.equals("en") ? "messages.properties" : "messages_" + language + ".properties");
    }

    /** key → text, in the file's order; comments and blank lines left out. */
    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return texts;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq > 0) {
                texts.put(line.substring(0, eq).strip(), line.substring(eq + 1));
            }
        }
        return texts;
    }

    static void export(String language, Path csv) throws IOException {
        Map<String, String> english = read(bundle("en"));
        Map<String, String> german = read(bundle("de"));
        Map<String, String> target = read(bundle(language));
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(row(List.of("key", "English", "Deutsch", language)));
            for (Map.Entry<String, String> e : english.entrySet()) {
                out.write(row(List.of(e.getKey(), e.getValue(), german.getOrDefault(e.getKey(), ""),
                        target.getOrDefault(e.getKey(), ""))));
            }
        }
        System.out.println(english.size() + " texts written to " + csv + " (" + target.size() + " already in "
                + language + ")");
    }

    static String row(List<String> cells) {
        List<String> quoted = new ArrayList<>();
        cells.forEach(c -> quoted.add("\"" + c.replace("\"", "\"\"") + "\""));
        return String.join(";", quoted) + "\r\n";
    }

    /** The rows of a semicolon CSV with quoted cells (as export writes it, or as a spreadsheet saves it). */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    static boolean importCsv(String language, Path csv) throws IOException {
        Map<String, String> english = read(bundle("en"));
        List<List<String>> rows = parse(Files.readString(csv, StandardCharsets.UTF_8));
        Map<String, String> translated = new LinkedHashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() >= 4) {
                translated.put(r.get(0).strip(), r.get(3).replace("\r", "").replace("\n", " ").strip());
            }
        }
        List<String> problems = problems(english, translated);
        if (!problems.isEmpty()) {
            System.err.println(problems.size() + " problems, nothing written:");
            problems.forEach(p -> System.err.println("  " + p));
            return false;
        }
        StringBuilder out = new StringBuilder("# " + language + " — imported from " + csv.getFileName()
                + " by src/tools/Translations.java\n");
        english.keySet().forEach(k -> out.append(k).append('=').append(translated.get(k)).append('\n'));
        Files.writeString(bundle(language), out, StandardCharsets.UTF_8);
        System.out.println(english.size() + " texts written to " + bundle(language));
        return true;
    }

    static List<String> problems(Map<String, String> english, Map<String, String> other) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : english.entrySet()) {
            String text = other.get(e.getKey());
            if (text == null || text.isBlank()) {
                problems.add(e.getKey() + ": missing");
            } else if (!placeholders(text).equals(placeholders(e.getValue()))) {
                problems.add(e.getKey() + ": placeholders " + placeholders(text) + " instead of "
                        + placeholders(e.getValue()));
            } else if (text.contains("'")) {
                problems.add(e.getKey() + ": an ASCII apostrophe ' (write ’)");
            }
        }
        other.keySet().stream().filter(k -> !english.containsKey(k)).forEach(k -> problems.add(k + ": unknown key"));
        return problems;
    }

    static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static boolean check() throws IOException {
        Map<String, String> english = read(bundle("en"));
        boolean fine = true;
        try (var files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("messages_[a-z]+\\.properties"))
                    .sorted().toList()) {
                Map<String, String> texts = read(file);
                if (texts.isEmpty()) {
                    continue; // messages_en.properties: English is the base file
                }
                List<String> problems = problems(english, texts);
                System.out.println(file.getFileName() + ": " + (problems.isEmpty() ? "complete" : problems.size()
                        + " problems"));
                problems.forEach(p -> System.out.println("  " + p));
                fine &= problems.isEmpty();
            }
        }
        return fine;
    }
}
