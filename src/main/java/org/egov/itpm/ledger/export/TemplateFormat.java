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

    public static final String ACT_SHEET = "行为 acts";

    /** One stage act per row, with its legal date; the reason where the act's operation asks for one. */
    public static final List<Column> ACT = List.of(
            new Column("项目代码或本地编号", "projectKey"),
            new Column("行为", "kind"),
            new Column("法定日期", "on"),
            new Column("事由或意见", "reason"));

    public static final String CONTRACT_SHEET = "合同 contracts";

    public static final List<Column> CONTRACT = List.of(
            new Column("项目代码或本地编号", "projectKey"),
            new Column("合同类型", "kind"),
            new Column("合同名称", "title"),
            new Column("供应商", "supplierName"),
            new Column("供应商统一社会信用代码", "supplierCreditCode"),
            new Column("中标（成交）通知日期", "awardNoticeOn"),
            new Column("签订日期", "signedOn"),
            new Column("备案日期", "filedOn"),
            new Column("合同金额（元）", "amount"),
            new Column("实施期（月）", "implementationMonths"),
            new Column("质保期（月）", "warrantyMonths"),
            new Column("知识产权归属", "ipOwner"),
            new Column("合同条款", "clauses"));

    public static final String FUNDING_SHEET = "资金 funding";

    public static final List<Column> FUNDING = List.of(
            new Column("项目代码或本地编号", "projectKey"),
            new Column("年度", "year"),
            new Column("资金类型", "kind"),
            new Column("金额（元）", "amount"),
            new Column("文号", "documentNumber"));

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
