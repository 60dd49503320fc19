package org.egov.itpm.ledger.export;

import java.io.IOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.egov.itpm.ledger.export.SheetWriter.Column;

/**
 * The ledger workbook format (docs/ledger.md): sheet 说明 names the template and its version in A1/B1, so the import
 * refuses another file; the ledger export carries the same sheet and is itself importable.
 */
public final class TemplateFormat {

    public static final String MARKER_SHEET = "说明";
    public static final String TEMPLATE_ID = "egov-itpm-ledger";
    public static final String VERSION = "1";
    public static final String APPROVAL_SHEET = "批复";

    public static final List<Column> APPROVAL = List.of(
            new Column("项目代码或本地编号", "projectKey"),
            new Column("批复类型", "kind"),
            new Column("批复文号", "documentNumber"),
            new Column("批复日期", "approvedOn"),
            new Column("批复金额（元）", "approvedAmount"),
            new Column("批复机关", "issuingBody"));

    private TemplateFormat() {
    }

    /** Writes the 说明 sheet: the marker, the version and a line on how to fill the workbook. */
    public static void writeMarker(Workbook wb, String packId) throws IOException {
        Worksheet s = wb.newWorksheet(MARKER_SHEET);
        s.value(0, 0, TEMPLATE_ID);
        s.value(0, 1, VERSION);
        s.value(0, 2, packId == null ? "" : packId);
        s.value(2, 0, "第1行为中文表头，第2行为英文字段名（导入按字段名读取，请勿修改）；自第3行起每行一条记录。"
                + "日期填写 yyyy-mm-dd；金额单位为元，保留两位小数；以 = + - @ 开头的文字不被接受。");
        s.value(3, 0, "Row 1: Chinese headers; row 2: the English keys the import reads (do not change them);"
                + " one record per row from row 3. Dates yyyy-mm-dd; amounts in CNY with 2 decimals;"
                + " text starting with = + - @ is refused.");
        s.width(0, 60);
        // written out now: fastexcel streams one sheet at a time, and a later sheet that flushes (every 500 rows)
        // while this one is still open breaks the zip ("not current zip current") when the workbook finishes
        s.finish();
    }
}
