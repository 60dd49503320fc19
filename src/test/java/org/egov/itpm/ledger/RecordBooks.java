package org.egov.itpm.ledger;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.egov.itpm.ledger.export.LedgerColumns;
import org.egov.itpm.ledger.export.SheetWriter;
import org.egov.itpm.ledger.export.TemplateFormat;

/** Import workbooks with every sheet of the template (projects, acts, approvals, contracts, funding) for tests. */
final class RecordBooks {

    static final Map<String, List<SheetWriter.Column>> SHEETS = new LinkedHashMap<>();

    static {
        SHEETS.put(LedgerColumns.SHEET, LedgerColumns.PROJECT);
        SHEETS.put(TemplateFormat.ACT_SHEET, TemplateFormat.ACT);
        SHEETS.put(TemplateFormat.APPROVAL_SHEET, TemplateFormat.APPROVAL);
        SHEETS.put(TemplateFormat.CONTRACT_SHEET, TemplateFormat.CONTRACT);
        SHEETS.put(TemplateFormat.FUNDING_SHEET, TemplateFormat.FUNDING);
    }

    private final Map<String, List<Map<String, Object>>> rows = new HashMap<>();

    /** Adds a row to {@code sheet}: keys and values, alternating. */
    RecordBooks row(String sheet, Object... keysAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row(sheet, row);
    }

    RecordBooks row(String sheet, Map<String, Object> row) {
        rows.computeIfAbsent(sheet, s -> new ArrayList<>()).add(row);
        return this;
    }

    RecordBooks act(String projectKey, String kind, String on, String reason) {
        return row(TemplateFormat.ACT_SHEET, "projectKey", projectKey, "kind", kind, "on", on, "reason", reason);
    }

    byte[] write() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            TemplateFormat.writeMarker(wb, null);
            for (var sheet : SHEETS.entrySet()) {
                Books.sheet(wb.newWorksheet(sheet.getKey()), sheet.getValue(), rows.getOrDefault(sheet.getKey(),
                        List.of()));
            }
            wb.finish();
        }
        return out.toByteArray();
    }

    /**
     * A workbook of {@code sheets} of another workbook (e.g. an export), cell texts as read: what a person keeps
     * when importing only the sheets of the acts their role records.
     */
    static byte[] only(byte[] xlsx, String... sheets) throws Exception {
        RecordBooks book = new RecordBooks();
        for (String sheet : sheets) {
            List<List<String>> all = LedgerFiles.rows(xlsx, sheet);
            List<String> keys = all.get(1);
            for (List<String> cells : all.subList(2, all.size())) {
                Map<String, Object> row = new HashMap<>();
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.put(keys.get(c), cells.get(c));
                    }
                }
                book.row(sheet, row);
            }
        }
        return book.write();
    }
}
