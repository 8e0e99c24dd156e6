package de.ffit.campus.demo;

import de.ffit.campus.platform.export.Spreadsheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The demo course's content in nine languages besides German, in {@code demo/ffit-basis-texts.csv}: one row per
 * German text (course, module and exercise titles, module descriptions; the lesson topics are module titles), one
 * column per language. Drafted for the demo, not yet reviewed by native speakers. The demo stores them the way a
 * coordinator would: it downloads each language's sheet, fills in the fourth column by the German of each row and
 * imports it through the real import, checks included.
 */
final class DemoCourseTexts {

    static final String RESOURCE = "/demo/ffit-basis-texts.csv";

    private DemoCourseTexts() {
    }

    /** language code to German to translation, in the file's order of languages */
    static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        try (InputStream in = DemoCourseTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is part of the application");
            }
            List<CSVRecord> records = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            CSVRecord header = records.get(0);
            for (int column = 1; column < header.size(); column++) {
                Map<String, String> texts = new HashMap<>();
                for (CSVRecord row : records.subList(1, records.size())) {
                    texts.put(row.get(0).strip(), row.get(column).strip());
                }
                byLanguage.put(header.get(column).strip(), texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byLanguage;
    }

    /**
     * An exported sheet with its fourth column filled in from {@code translations} (German to text), marked as not
     * reviewed, as a volunteer would send it back. Rows whose German has no translation stay blank.
     */
    static byte[] fill(byte[] exported, Map<String, String> translations) {
        String text = new String(exported, StandardCharsets.UTF_8);
        List<CSVRecord> records = parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<String> header = records.get(0).toList();
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            List<String> row = new ArrayList<>(record.toList());
            String translation = translations.get(row.get(1).strip());
            if (translation != null) {
                row.set(3, translation);
                row.set(4, "no");
            }
            rows.add(row);
        }
        return Spreadsheet.csv(header, rows);
    }

    private static List<CSVRecord> parse(String csv) {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
