import java.io.FileOutputStream;
import java.io.OutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.egov.itpm.ledger.export.LedgerColumns;
import org.egov.itpm.ledger.export.SheetWriter;
import org.egov.itpm.ledger.export.TemplateFormat;

/**
 * Writes a ledger import file of N projects of the Qufu education bureau (the unit of the bench's qufu_lead token),
 * in the template's format (docs/ledger.md): java -cp target/classes:... bench/java/LedgerFile.java OUT N PREFIX
 * The rows stay in memory until finish(): fastexcel cannot flush one sheet while the marker sheet's entry is open.
 * Rows are DRAFT projects with a local code PREFIX-000001…, so a second run with the same prefix changes nothing.
 */
public class LedgerFile {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        String prefix = args[2];
        try (OutputStream out = new FileOutputStream(args[0]); Workbook wb = new Workbook(out, "bench", "1.0")) {
            TemplateFormat.writeMarker(wb, "qufu-2024");
            Worksheet ws = wb.newWorksheet(LedgerColumns.SHEET);
            new SheetWriter(ws, LedgerColumns.PROJECT);
            for (int i = 1; i <= n; i++) {
                int r = i + 1;
                ws.value(r, 1, String.format("%s-%06d", prefix, i));
                ws.value(r, 2, "曲阜市台账导入基准项目" + i);
                ws.value(r, 4, "11370881004123456F");
                ws.value(r, 5, "370881");
                ws.value(r, 6, "DRAFT");
                ws.value(r, 7, "CONSTRUCTION");
                ws.value(r, 8, "FISCAL");
                ws.value(r, 9, 2026);
                ws.value(r, 10, new java.math.BigDecimal(100000 + i).setScale(2));
            }
            wb.finish();
        }
    }
}
