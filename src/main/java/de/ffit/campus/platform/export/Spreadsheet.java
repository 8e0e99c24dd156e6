package de.ffit.campus.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV files that open correctly in Excel: UTF-8 with a byte-order mark (so umlauts and Arabic names survive),
 * semicolons (German Excel's separator), every cell quoted, and cells that a spreadsheet would run as a formula
 * ({@code = + - @}, tab, carriage return at the start) neutralised with a leading apostrophe.
 */
public final class Spreadsheet {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setQuoteMode(QuoteMode.ALL)
            .setRecordSeparator("\r\n").get();

    private Spreadsheet() {
    }

    public static byte[] csv(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            writer.write('\uFEFF');
            printer.printRecord(header.stream().map(Spreadsheet::cell).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(Spreadsheet::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A value as a harmless cell: text that starts like a formula gets an apostrophe in front. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
