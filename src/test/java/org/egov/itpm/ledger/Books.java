package org.egov.itpm.ledger;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.egov.itpm.ledger.export.LedgerColumns;
import org.egov.itpm.ledger.export.SheetWriter;
import org.egov.itpm.ledger.export.TemplateFormat;

/** Import workbooks for tests, in the template's format; a cell value "FORMULA:x" is written as a formula. */
final class Books {

    private Books() {
    }

    static byte[] ledger(List<Map<String, Object>> projects, List<Map<String, Object>> approvals) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            TemplateFormat.writeMarker(wb, "qufu-2024");
            sheet(wb.newWorksheet(LedgerColumns.SHEET), LedgerColumns.PROJECT, projects);
            sheet(wb.newWorksheet(TemplateFormat.APPROVAL_SHEET), TemplateFormat.APPROVAL, approvals);
            wb.finish();
        }
        return out.toByteArray();
    }

    static void sheet(Worksheet ws, List<SheetWriter.Column> columns, List<Map<String, Object>> rows)
            throws Exception {
        new SheetWriter(ws, columns);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Object v = rows.get(r).get(columns.get(c).key());
                if (v instanceof String s && s.startsWith("FORMULA:")) {
                    ws.formula(r + 2, c, s.substring("FORMULA:".length()));
                } else if (v instanceof Number n) {
                    ws.value(r + 2, c, n);
                } else if (v != null) {
                    ws.value(r + 2, c, v.toString());
                }
            }
        }
    }

    static String base64(byte[] file) {
        return Base64.getEncoder().encodeToString(file);
    }
}
