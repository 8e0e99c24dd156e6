package de.ffit.campus.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every interface language has every text of the English base, with the same placeholders, and every text is a
 * valid MessageFormat pattern (a stray apostrophe silently swallows a placeholder).
 */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    /** The arguments a text uses ({0}, {1,choice,...}), whatever their format: plurals differ by language. */
    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }

    /** Every language the interface speaks but the base (English). */
    static List<String> translated() {
        return Language.all().stream().map(Language::code).filter(c -> !c.equals("en")).toList();
    }

    static List<String> suffixes() {
        List<String> suffixes = new java.util.ArrayList<>(List.of(""));
        translated().forEach(c -> suffixes.add("_" + c));
        return suffixes;
    }

    static List<String> all() {
        return Language.all().stream().map(Language::code).toList();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("translated")
    void everyLanguageHasEveryKeyWithTheSamePlaceholders(String language) throws IOException {
        for (String base : List.of("i18n/messages", "i18n/faces", "ValidationMessages")) {
            Properties english = load(base + ".properties");
            Properties translated = load(base + "_" + language + ".properties");
            Set<String> missing = new TreeSet<>(english.stringPropertyNames());
            missing.removeAll(translated.stringPropertyNames());
            assertTrue(missing.isEmpty(), base + "_" + language + " lacks " + missing);
            Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
            extra.removeAll(english.stringPropertyNames());
            assertTrue(extra.isEmpty(), base + "_" + language + " has unknown keys " + extra);
            TreeMap<String, String> differing = new TreeMap<>();
            for (String key : english.stringPropertyNames()) {
                if (!arguments(english.getProperty(key)).equals(arguments(translated.getProperty(key)))) {
                    differing.put(key, translated.getProperty(key));
                }
            }
            assertTrue(differing.isEmpty(), base + "_" + language + " placeholders differ: " + differing);
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("suffixes")
    void everyTextWithPlaceholdersFormatsWithoutLosingOne(String suffix) throws IOException {
        Properties texts = load("i18n/messages" + suffix + ".properties");
        for (String key : texts.stringPropertyNames()) {
            String pattern = texts.getProperty(key);
            List<String> expected = placeholders(pattern);
            if (expected.isEmpty()) {
                continue;
            }
            assertTrue(!pattern.contains("'"), key + " contains an apostrophe, which MessageFormat swallows");
            if (pattern.contains(",choice,")) {
                // a count with singular and plural: every count gives a sentence with the number or a word for it
                for (int count : new int[] {0, 1, 2, 3, 11, 100}) {
                    String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {count, count});
                    assertTrue(!formatted.contains("{") && !formatted.isBlank(), key + ": " + formatted);
                }
                continue;
            }
            String[] markers = {"«A»", "«B»", "«C»", "«D»", "«E»", "«F»", "«G»", "«H»", "«I»", "«J»"};
            String formatted = new MessageFormat(pattern, Locale.ROOT).format(markers);
            for (String placeholder : expected) {
                int index = Integer.parseInt(placeholder.replaceAll("\\D", ""));
                assertTrue(formatted.contains(markers[index]), key + ": " + formatted);
            }
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("all")
    void theUiLanguagesHaveTheirBundles(String language) {
        assertTrue(Language.of(language).orElseThrow().isUi());
        assertEquals(language, Messages.bundle(Locale.forLanguageTag(language)).getLocale().getLanguage());
    }

    /** Codes quoted in texts, which stay Latin in every language: example PINs, and how the impact files (German
     * for right-to-left languages) write a small group. Latin words with digits (A4, exercise.12.title) are codes too. */
    private static final List<String> CODES = List.of("1234", "1111", "«< 5»");
    private static final Pattern LATIN_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9._/-]*");

    /**
     * The texts write their own numbers ("4 to 6 digits") in the digits of the language, like the numbers the
     * program puts into them: no Western digits in Arabic, Persian or Pashto, and no Arabic-Indic ones in Persian
     * and Pashto (Extended) or Extended ones in Arabic. Argument numbers and plural limits are MessageFormat's.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("all")
    void everyNumberWrittenInATextIsInTheDigitsOfItsLanguage(String language) throws IOException {
        String system = Language.of(language).orElseThrow().numberingSystem();
        String foreign = switch (system) {
            case "arab" -> "[0-9\u06F0-\u06F9]";
            case "arabext" -> "[0-9\u0660-\u0669]";
            default -> "[\u0660-\u0669\u06F0-\u06F9]";
        };
        Pattern wrong = Pattern.compile(foreign + "+");
        String suffix = language.equals("en") ? "" : "_" + language;
        TreeMap<String, String> found = new TreeMap<>();
        for (String base : List.of("i18n/messages", "i18n/faces", "ValidationMessages")) {
            Properties texts = load(base + suffix + ".properties");
            for (String key : texts.stringPropertyNames()) {
                // what MessageFormat reads itself: argument numbers ({0) and plural limits (1# 1<)
                String text = texts.getProperty(key).replaceAll("\\{\\d+", "{")
                        .replaceAll("\\d+(?=[#<\u2264])", "");
                for (String code : CODES) {
                    text = text.replace(code, "");
                }
                text = LATIN_CODE.matcher(text).replaceAll("");
                if (wrong.matcher(text).find()) {
                    found.put(base + ": " + key, texts.getProperty(key));
                }
            }
        }
        assertTrue(found.isEmpty(), language + ": numbers in other digits than " + system + ": " + found);
    }
}
