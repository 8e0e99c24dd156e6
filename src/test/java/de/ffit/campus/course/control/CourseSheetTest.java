package de.ffit.campus.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.course.control.CourseSheet.Change;
import de.ffit.campus.course.control.CourseSheet.Current;
import de.ffit.campus.course.control.CourseSheet.Item;
import de.ffit.campus.course.control.CourseSheet.Row;
import de.ffit.campus.course.entity.CourseTextKey;
import de.ffit.campus.platform.error.CampusException;
import de.ffit.campus.platform.export.Spreadsheet;
import de.ffit.campus.platform.i18n.Language;
import de.ffit.campus.platform.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The translator's spreadsheet of a course: written, filled in as a volunteer would, read back and checked. */
class CourseSheetTest {

    private static final String FORMULA_LIKE = "-10 Minuten üben, siehe https://integreat.app/augsburg/de/";
    private static final List<Item> ITEMS = List.of(
            new Item(CourseTextKey.courseTitle(), "ffIT Basis", 160),
            new Item(CourseTextKey.moduleTitle(3), "Sicher im Netz", 160),
            new Item(CourseTextKey.exerciseTitle(7), "Sichere Passwörter erstellen", 200),
            new Item(CourseTextKey.exerciseDescription(7), FORMULA_LIKE, 4000),
            new Item(CourseTextKey.topic("Sicher im Netz"), "Sicher im Netz", 200));
    private static final Map<String, String> ENGLISH = Map.of("exercise.7.title", "Create safe passwords");

    /** the cells of the exported sheet, as a spreadsheet shows them (formula guards included) */
    private static List<List<String>> cells(byte[] csv) {
        List<List<String>> rows = new ArrayList<>();
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        for (String line : text.split("\r\n")) {
            List<String> row = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\";\"", -1)) {
                row.add(cell.replace("\"\"", "\""));
            }
            rows.add(row);
        }
        return rows;
    }

    /** a sheet as a volunteer saves it: the exported rows, with the fourth column set for the given keys */
    private static byte[] translated(String language, Map<String, String> texts, Map<String, Current> current) {
        List<List<String>> rows = cells(CourseSheet.write(Language.of(language).orElseThrow(), ITEMS, ENGLISH,
                current));
        List<List<String>> body = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> copy = new ArrayList<>(row);
            if (texts.containsKey(row.get(0))) {
                copy.set(3, texts.get(row.get(0)));
            }
            // Spreadsheet.csv guards formula-like cells again; undo the export's guard as a spreadsheet would
            copy.replaceAll(c -> c.startsWith("'-") ? c.substring(1) : c);
            body.add(copy);
        }
        return Spreadsheet.csv(rows.get(0), body);
    }

    private static List<Change> importing(String language, byte[] csv, Map<String, Current> current) {
        Language lang = Language.of(language).orElseThrow();
        return CourseSheet.check(lang, CourseSheet.read(lang, csv), ITEMS, current);
    }

    private static CampusException refused(String language, byte[] csv, Map<String, Current> current) {
        return assertThrows(CampusException.class, () -> importing(language, csv, current));
    }

    /** the row problems of a refusal, as message key and row number */
    private static List<String> problems(CampusException e) {
        assertEquals("courseTexts.refused", e.key(), e::getMessage);
        CampusException.Sentences sentences = (CampusException.Sentences) e.args()[1];
        return sentences.items().stream().map(s -> s.key() + "@" + s.args().get(0)).toList();
    }

    @Test
    void theExportHasKeyGermanEnglishTheLanguageAndReviewedWithFormulasNeutralised() {
        byte[] csv = CourseSheet.write(Language.AR, ITEMS, ENGLISH,
                Map.of("module.3.title", new Current("الأمان على الإنترنت", "Sicher im Netz", true)));
        assertEquals('\uFEFF', new String(csv, StandardCharsets.UTF_8).charAt(0), "a byte-order mark for Excel");
        List<List<String>> rows = cells(csv);
        assertEquals(List.of("key", "Deutsch", "English", "ar", "reviewed"), rows.get(0));
        assertEquals(List.of("module.3.title", "Sicher im Netz", "", "الأمان على الإنترنت", "yes"), rows.get(2));
        assertEquals(List.of("exercise.7.title", "Sichere Passwörter erstellen", "Create safe passwords", "", ""),
                rows.get(3));
        assertEquals("'" + FORMULA_LIKE, rows.get(4).get(1), "a spreadsheet must not run it as a formula");
        assertEquals(6, rows.size());
    }

    @Test
    void aTranslatedSheetComesBackAsItsTexts() {
        byte[] csv = translated("ar", Map.of("course.title", "ffIT الأساسي", "exercise.7.title",
                "إنشاء كلمات مرور آمنة", "exercise.7.description",
                "تدرّب ١٠ دقائق، انظر https://integreat.app/augsburg/de/"), Map.of());
        List<Change> changes = importing("ar", csv, Map.of());
        assertEquals(List.of("course.title", "exercise.7.title", "exercise.7.description"),
                changes.stream().map(c -> c.key().value()).toList());
        Change description = changes.get(2);
        assertEquals("تدرّب ١٠ دقائق، انظر https://integreat.app/augsburg/de/", description.text());
        assertEquals(FORMULA_LIKE, description.source(), "the German it was translated from, without the guard");
        assertFalse(description.reviewed());
        assertFalse(description.outdated());
        assertNull(description.before());
    }

    @Test
    void aBlankCellIsNotTranslatedYetAndChangesNothing() {
        byte[] csv = translated("uk", Map.of("module.3.title", "Безпека в інтернеті"), Map.of());
        List<Change> changes = importing("uk", csv, Map.of());
        assertEquals(1, changes.size());
        assertEquals("Безпека в інтернеті", changes.get(0).text());
    }

    @Test
    void aTextThatWasThereAndIsNowBlankIsMissingAndRefusesTheSheet() {
        Map<String, Current> current = Map.of("exercise.7.title", new Current("Створити надійні паролі",
                "Sichere Passwörter erstellen", false));
        byte[] csv = translated("uk", Map.of("exercise.7.title", "", "module.3.title", "Безпека в інтернеті"),
                current);
        CampusException e = refused("uk", csv, current);
        assertEquals(List.of("courseTexts.row.missing@4"), problems(e));
        String german = Messages.text(Locale.GERMAN, e);
        assertTrue(german.contains("Zeile 4"), german);
    }

    @Test
    void aSheetWithoutAnyTextIsRefused() {
        CampusException e = refused("tr", translated("tr", Map.of(), Map.of()), Map.of());
        assertEquals("courseTexts.empty", e.key());
    }

    @Test
    void aChangedNumberWebAddressOrPlaceholderIsRefusedNamingTheRow() {
        byte[] csv = translated("tr", Map.of("exercise.7.description",
                "15 dakika pratik yapın, bkz. https://integreat.app/augsburg/tr/"), Map.of());
        assertEquals(List.of("courseTexts.row.tokens@5"), problems(refused("tr", csv, Map.of())));
        byte[] placeholder = translated("tr", Map.of("exercise.7.title", "{0} güvenli şifre oluşturun"), Map.of());
        assertEquals(List.of("courseTexts.row.tokens@4"), problems(refused("tr", placeholder, Map.of())));
    }

    @Test
    void anUnknownKeyAndATooLongTextAreBothNamedAndNothingIsStored() {
        String csv = new String(translated("ru", Map.of("module.3.title", "Б".repeat(161)), Map.of()),
                StandardCharsets.UTF_8) + "\"exercise.99.title\";\"Weg\";\"\";\"Удалено\";\"no\"\r\n";
        List<String> problems = problems(refused("ru", csv.getBytes(StandardCharsets.UTF_8), Map.of()));
        assertEquals(List.of("courseTexts.row.tooLong@3", "courseTexts.row.unknownKey@7"), problems);
    }

    @Test
    void theSheetOfAnotherLanguageIsRefused() {
        CampusException e = refused("ar", translated("fa", Map.of("course.title", "ffIT پایه"), Map.of()),
                Map.of());
        assertEquals("courseTexts.wrongLanguage", e.key());
        assertEquals(List.of("fa", "ar"), List.of(e.args()));
    }

    @Test
    void aTextInAnotherScriptOrWithANeighbourLanguagesLettersIsTheWrongLanguage() {
        byte[] cyrillicInArabic = translated("ar", Map.of("module.3.title", "Безопасность в сети"), Map.of());
        assertEquals(List.of("courseTexts.row.script@3"), problems(refused("ar", cyrillicInArabic, Map.of())));
        byte[] russianInUkrainian = translated("uk", Map.of("module.3.title", "Надёжные пароли"), Map.of());
        assertEquals(List.of("courseTexts.row.script@3"), problems(refused("uk", russianInUkrainian, Map.of())));
        byte[] persianInArabic = translated("ar", Map.of("module.3.title", "امنیت در اینترنت"), Map.of());
        assertEquals(List.of("courseTexts.row.script@3"), problems(refused("ar", persianInArabic, Map.of())));
        byte[] germanInTigrinya = translated("ti", Map.of("module.3.title", "Sicher im Netz"), Map.of());
        assertEquals(List.of("courseTexts.row.script@3"), problems(refused("ti", germanInTigrinya, Map.of())));
    }

    @Test
    void aTranslationOfAGermanThatChangedSinceTheExportIsStoredAsOutdated() {
        byte[] csv = translated("en", Map.of("exercise.7.title", "Create safe passwords"), Map.of());
        String older = new String(csv, StandardCharsets.UTF_8).replace("Sichere Passwörter erstellen",
                "Passwörter erstellen");
        Change change = importing("en", older.getBytes(StandardCharsets.UTF_8), Map.of()).get(0);
        assertTrue(change.outdated());
        assertEquals("Passwörter erstellen", change.source());
    }

    @Test
    void anOutdatedTranslationConfirmedUnchangedAgainstTheNewGermanIsNoLongerOutdated() {
        // translated from an older German; the translator checks it against today's sheet and keeps the text
        Map<String, Current> current = Map.of("exercise.7.title",
                new Current("Create safe passwords", "Passwörter erstellen", false));
        byte[] csv = translated("en", Map.of(), current);
        List<Change> changes = importing("en", csv, current);
        assertEquals(1, changes.size(), "the new German is taken as its source");
        assertEquals("Sichere Passwörter erstellen", changes.get(0).source());
        assertFalse(changes.get(0).outdated());
    }

    @Test
    void anUnchangedTextIsNoChangeAndAReviewedMarkIsRead() {
        Map<String, Current> current = Map.of("course.title", new Current("ffIT Basics", "ffIT Basis", false),
                "module.3.title", new Current("Safe online", "Sicher im Netz", false));
        String csv = new String(translated("en", Map.of(), current), StandardCharsets.UTF_8)
                .replace("\"Safe online\";\"no\"", "\"Safe online\";\"ja\"");
        List<Change> changes = importing("en", csv.getBytes(StandardCharsets.UTF_8), current);
        assertEquals(1, changes.size());
        assertEquals("module.3.title", changes.get(0).key().value());
        assertTrue(changes.get(0).reviewed());
        assertEquals("Safe online", changes.get(0).before().text());
    }

    @Test
    void aSheetSavedWithCommasByAnEnglishExcelIsReadToo() {
        String csv = "key,Deutsch,English,en,reviewed\r\ncourse.title,ffIT Basis,,ffIT Basics,no\r\n";
        assertEquals("ffIT Basics", importing("en", csv.getBytes(StandardCharsets.UTF_8), Map.of()).get(0).text());
    }

    @Test
    void aFileThatIsNoCourseSheetIsRefused() {
        CampusException e = refused("en", "name;age\r\nx;1\r\n".getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals("courseTexts.unreadable", e.key());
        byte[] latin1 = "key;Deutsch;English;en\r\ncourse.title;Grundkurs f\u00fcr Anf\u00e4nger;;Basics\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("courseTexts.notUtf8", refused("en", latin1, Map.of()).key());
    }

    @Test
    void theRowsAsTheSpreadsheetNumbersThem() {
        List<Row> rows = CourseSheet.read(Language.EN, translated("en", Map.of(), Map.of()));
        assertEquals(2, rows.get(0).row(), "the header is row 1");
        assertEquals("course.title", rows.get(0).key());
    }
}
