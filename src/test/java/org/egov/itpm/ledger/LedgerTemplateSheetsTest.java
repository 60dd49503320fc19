package org.egov.itpm.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.ledger.Imports.errors;
import static org.egov.itpm.ledger.Imports.importAs;
import static org.egov.itpm.ledger.LedgerFiles.rows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.egov.itpm.ledger.export.LedgerColumns;
import org.egov.itpm.ledger.export.TemplateFormat;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The template's sheets of acts, contracts and funding in Chinese: headers, keys and drop-downs; a file filled in
 * with the template's keys, in another column order and in Chinese, is imported by those keys.
 */
@QuarkusTest
class LedgerTemplateSheetsTest {

    @Inject
    JobRunner runner;

    @Test
    void shouldOfferTheActContractAndFundingSheetsWithChineseHeadersKeysAndDropDowns() throws Exception {
        byte[] xlsx = given().auth().oauth2(TestTokens.tokenFor(TestTokens.JS_STAFF))
                .get("/api/v1/ledger/templates/jianshan-2024").then().statusCode(200).extract().asByteArray();
        assertThat(rows(xlsx, TemplateFormat.ACT_SHEET)).containsExactly(
                List.of("项目代码或本地编号", "行为", "法定日期", "事由或意见"), List.of("projectKey", "kind", "on", "reason"));
        assertThat(rows(xlsx, TemplateFormat.CONTRACT_SHEET).get(0)).startsWith("项目代码或本地编号", "合同类型", "合同名称");
        assertThat(rows(xlsx, TemplateFormat.CONTRACT_SHEET).get(1)).contains("supplierCreditCode", "signedOn",
                "clauses");
        assertThat(rows(xlsx, TemplateFormat.FUNDING_SHEET).get(0)).containsExactly("项目代码或本地编号", "年度", "资金类型",
                "金额（元）", "文号");
        // sheets in order: 说明, 项目台账, 行为 acts, 批复, 合同 contracts, 资金 funding, 选项
        for (int sheet : new int[] {3, 4, 5, 6}) {
            assertThat(LedgerFiles.zipEntry(xlsx, "xl/worksheets/sheet" + sheet + ".xml")).as("sheet " + sheet)
                    .contains("<dataValidation");
        }
        List<String> actKinds = rows(xlsx, "选项").stream().map(r -> r.size() > 4 ? r.get(4) : "")
                .filter(s -> !s.isEmpty()).toList();
        assertThat(actKinds).contains("LIBRARY", "APPROVED", "CONSTRUCTION", "FINAL_ACCEPTANCE", "TERMINATED")
                .doesNotContain("IN_REVIEW", "DECOMMISSIONED");
    }

    @Test
    void shouldImportAChineseFileByTheTemplatesKeysInAnyColumnOrder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "WPS 表格", "1.0")) {
            TemplateFormat.writeMarker(wb, "jianshan-2024");
            Books.sheet(wb.newWorksheet(LedgerColumns.SHEET), LedgerColumns.PROJECT, List.of(
                    LedgerImportTest.project("230502-TPL-0001", "模板往返：尖山区“一网通办”（二期）", "WITHDRAWN")));
            Worksheet acts = wb.newWorksheet(TemplateFormat.ACT_SHEET);
            String[][] cells = {{"事由或意见", "法定日期", "行为", "项目代码或本地编号"}, {"reason", "on", "kind", "projectKey"},
                    {"", "2025-11-20", "APPLIED", "230502-TPL-0001"},
                    {"因机构改革，项目并入市级平台，撤回申报", "2025-12-15", "WITHDRAWN", "230502-TPL-0001"}};
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    if (!cells[r][c].isEmpty()) {
                        acts.value(r, c, cells[r][c]);
                    }
                }
            }
            wb.finish();
        }
        assertThat(errors(importAs(runner, LedgerImportTest.JS_LEAD, out.toByteArray(), false))).isEmpty();
        var p = Imports.project(LedgerImportTest.JS_LEAD, "模板往返", "name stage history { to effectiveOn reason }");
        assertThat(p.getString("name")).isEqualTo("模板往返：尖山区“一网通办”（二期）");
        assertThat(p.getString("stage")).isEqualTo("WITHDRAWN");
        assertThat(p.getMap("history.find { it.to == 'WITHDRAWN' }")).isEqualTo(Map.of("to", "WITHDRAWN",
                "effectiveOn", "2025-12-15", "reason", "因机构改革，项目并入市级平台，撤回申报"));
    }
}
