package de.ffit.campus.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8);
    }

    @Test
    void startsWithAByteOrderMarkSoExcelReadsUmlautsAndArabicAsUtf8() {
        byte[] csv = Spreadsheet.csv(List.of("Name"), List.of(List.of("Jürgen Groß"), List.of("أمينة حداد")));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
                List.of(csv[0], csv[1], csv[2]));
        assertTrue(text(csv).contains("\"Jürgen Groß\""));
        assertTrue(text(csv).contains("\"أمينة حداد\""));
    }

    @Test
    void everyCellIsQuotedSeparatedBySemicolonsAndQuotesAreDoubled() {
        String csv = text(Spreadsheet.csv(List.of("a", "b"), List.of(List.of("Er sagt \"Hallo\"; tschüss", "x\ny"))));
        assertEquals("\uFEFF\"a\";\"b\"\r\n\"Er sagt \"\"Hallo\"\"; tschüss\";\"x\ny\"\r\n", csv);
    }

    @Test
    void cellsThatLookLikeFormulasAreNeutralised() {
        for (String evil : Arrays.asList("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
            assertEquals("'" + evil, Spreadsheet.cell(evil));
        }
        assertEquals("Amina", Spreadsheet.cell("Amina"));
        assertEquals("75", Spreadsheet.cell("75"));
        assertEquals("", Spreadsheet.cell(null));
        assertTrue(text(Spreadsheet.csv(List.of("n"), List.of(List.of("=1+1")))).contains("\"'=1+1\""));
    }
}
