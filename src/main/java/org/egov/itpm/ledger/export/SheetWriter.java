package org.egov.itpm.ledger.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes rows to a fastexcel sheet, flushing every {@link #FLUSH_EVERY} rows and writing text as inline strings, so
 * memory does not grow with the number of rows.
 */
public final class SheetWriter {

    static final int FLUSH_EVERY = 500;

    private final Worksheet sheet;
    private int row;

    /** Row 1: the Chinese headers; row 2: the English keys the import reads columns by. */
    public SheetWriter(Worksheet sheet, List<Column> columns) throws IOException {
        this.sheet = sheet;
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).zh());
            sheet.style(0, c).bold().set();
            sheet.value(1, c, columns.get(c).key());
            sheet.width(c, Math.max(12, columns.get(c).zh().length() * 2.5));
        }
        sheet.freezePane(0, 2);
        row = 2;
    }

    /** A column: Chinese header and English key. */
    public record Column(String zh, String key) {
    }

    /** One row; text is neutralised against formula injection, numbers and dates keep their type. */
    public void row(List<?> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            if (v instanceof BigDecimal n) {
                sheet.value(row, c, n);
                sheet.style(row, c).format("0.00").set();
            } else if (v instanceof Number n) {
                sheet.value(row, c, n);
            } else if (v instanceof LocalDate d) {
                sheet.value(row, c, d);
                sheet.style(row, c).format("yyyy-mm-dd").set();
            } else {
                // inline, not in the shared-strings table, which fastexcel keeps in memory until the end
                sheet.inlineString(row, c, SafeCells.neutralise(v.toString()));
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    /** Writes the rest of the sheet: the next sheet of a streamed workbook starts after it. */
    public void finish() throws IOException {
        sheet.finish();
    }

    public int rowsWritten() {
        return row - 2;
    }
}
