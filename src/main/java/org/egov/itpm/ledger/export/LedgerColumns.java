package org.egov.itpm.ledger.export;

import java.util.List;
import org.egov.itpm.ledger.export.SheetWriter.Column;

/** The columns of the ledger (台账) sheet, shared by the export and the import template (docs/ledger.md). */
public final class LedgerColumns {

    public static final String SHEET = "项目台账";

    public static final List<Column> PROJECT = List.of(
            new Column("项目代码", "projectCode"),
            new Column("本地编号", "localCode"),
            new Column("项目名称", "name"),
            new Column("建设单位", "unitName"),
            new Column("单位统一社会信用代码", "unitCreditCode"),
            new Column("行政区划", "regionCode"),
            new Column("阶段", "stage"),
            new Column("项目类型", "kind"),
            new Column("资金来源", "fundingSource"),
            new Column("年度", "year"),
            new Column("估算投资（元）", "estimatedInvestment"),
            new Column("批复概算（元）", "approvedEstimate"),
            new Column("入库日期", "libraryOn"),
            new Column("申报日期", "appliedOn"),
            new Column("立项日期", "approvedOn"),
            new Column("开工日期", "constructionOn"),
            new Column("竣工验收日期", "finalAcceptanceOn"),
            new Column("下一期限", "nextDeadline"),
            new Column("未关闭问题", "openFindings"));

    private LedgerColumns() {
    }
}
