package org.egov.itpm.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.ledger.LedgerFiles.JOB_FIELDS;
import static org.egov.itpm.ledger.LedgerFiles.job;
import static org.egov.itpm.ledger.LedgerFiles.mutate;
import static org.egov.itpm.ledger.LedgerFiles.rows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.testsupport.DemoOrgs;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Import: the Chinese template round trip, dry run then all-or-nothing commit, idempotent re-import, who may import what. */
@QuarkusTest
class LedgerImportTest {

    static final String START = "mutation($c: String!, $d: Boolean!) { startLedgerImport(fileName: \"台账.xlsx\","
            + " contentBase64: $c, dryRun: $d) { " + JOB_FIELDS + " } }";

    @Inject
    JobRunner runner;

    /** Jianshan's unit lead: its pack has no document gate before 申报, so a row can be imported up to APPLIED. */
    static final TestTokens.Person JS_LEAD = new TestTokens.Person("js-lead", List.of("unit-lead"), DemoOrgs.JS_GOV,
            "230502");
    static final TestTokens.Person JS_NDRC = new TestTokens.Person("js-ndrc", List.of("ndrc-approver"),
            "11230502MB02345673", "230502");

    /** A row of the Jianshan unit. */
    static Map<String, Object> project(String localCode, String name, String stage) {
        return project(DemoOrgs.JS_GOV, "230502", localCode, name, stage);
    }

    /** A row of the Qufu education bureau. */
    static Map<String, Object> qufu(String localCode, String name, String stage) {
        return project(DemoOrgs.QUFU_EDU, "370881", localCode, name, stage);
    }

    static Map<String, Object> project(String unit, String region, String localCode, String name, String stage) {
        Map<String, Object> row = new HashMap<>(Map.of("localCode", localCode, "name", name, "unitCreditCode",
                unit, "regionCode", region, "stage", stage, "kind", "CONSTRUCTION", "fundingSource",
                "FISCAL", "year", 2025, "estimatedInvestment", "1200000.00"));
        if (!stage.equals("DRAFT")) {
            row.put("libraryOn", "2025-11-03");
        }
        if (stage.equals("APPLIED")) {
            row.put("appliedOn", "2025-11-20");
        }
        return row;
    }

    JsonPath importAs(TestTokens.Person who, byte[] file, boolean dryRun) {
        String id = mutate(who, START, Map.of("c", Books.base64(file), "d", dryRun))
                .getString("data.startLedgerImport.id");
        runner.runAvailable("test-worker");
        return job(who, id);
    }

    static int count(TestTokens.Person who, String name) {
        return GraphQL.postAs(who, "query($n: String) { projects(filter: {nameContains: $n}) { totalCount } }",
                Map.of("n", name)).extract().path("data.projects.totalCount");
    }

    @Test
    void shouldDownloadTheChineseTemplateWithKeysAndDropDowns() throws Exception {
        byte[] xlsx = given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF))
                .get("/api/v1/ledger/templates/qufu-2024").then().statusCode(200).extract().asByteArray();
        assertThat(rows(xlsx, "说明").get(0)).startsWith("egov-itpm-ledger", "1", "qufu-2024");
        assertThat(rows(xlsx, "项目台账").get(0)).startsWith("项目代码", "本地编号", "项目名称", "建设单位");
        assertThat(rows(xlsx, "项目台账").get(1)).startsWith("projectCode", "localCode", "name", "unitName");
        assertThat(rows(xlsx, "批复").get(1)).startsWith("projectKey", "kind", "documentNumber");
        assertThat(new String(xlsx, java.nio.charset.StandardCharsets.ISO_8859_1)).isNotEmpty();
        assertThat(LedgerFiles.zipEntry(xlsx, "xl/worksheets/sheet2.xml")).contains("<dataValidation");
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF)).get("/api/v1/ledger/templates/nope").then()
                .statusCode(404);
    }

    @Test
    void shouldDryRunThenCommitAChineseLedgerOnceThroughTheLifecycle() throws Exception {
        byte[] file = Books.ledger(List.of(project("230502-IMP-0001", "尖山区导入项目（智慧校园）", "APPLIED"),
                project("230502-IMP-0002", "尖山区导入项目（草稿）", "DRAFT")), List.of());
        JsonPath dry = importAs(JS_LEAD, file, true);
        assertThat(dry.getString("state")).isEqualTo("DONE");
        assertThat(dry.getList("errors")).isEmpty();
        assertThat(count(JS_LEAD, "尖山区导入项目")).as("a dry run stores nothing").isZero();

        JsonPath commit = importAs(JS_LEAD, file, false);
        assertThat(commit.getString("state")).isEqualTo("DONE");
        assertThat(count(JS_LEAD, "尖山区导入项目")).isEqualTo(2);
        JsonPath p = GraphQL.postAs(JS_LEAD, """
                { projects(filter: {nameContains: "智慧校园"}) { edges { node { localCode name stage appliedOn
                  policyPackId history { to effectiveOn } } } } }""", Map.of()).extract().jsonPath()
                .setRootPath("data.projects.edges[0].node");
        assertThat(p.getString("localCode")).isEqualTo("230502-IMP-0001");
        assertThat(p.getString("stage")).isEqualTo("APPLIED");
        assertThat(p.getString("appliedOn")).as("the legal date of 申报 from the file").isEqualTo("2025-11-20");
        assertThat(p.getString("policyPackId")).isEqualTo("jianshan-2024");
        assertThat(p.getString("history.find { it.to == 'LIBRARY' }.effectiveOn")).isEqualTo("2025-11-03");

        assertThat(importAs(JS_LEAD, file, false).getString("state")).isEqualTo("DONE");
        assertThat(count(JS_LEAD, "尖山区导入项目")).as("re-importing the same file changes nothing")
                .isEqualTo(2);
    }

    @Test
    void shouldRecordEachActThroughItsGateCitingTheArticle() throws Exception {
        // qufu-2024: 申报 needs the collective decision record (a document), which a spreadsheet cannot carry
        JsonPath dry = importAs(TestTokens.QUFU_LEAD, Books.ledger(List.of(qufu("370881-GATE-0001", "曲阜市门槛项目",
                "APPLIED")), List.of()), true);
        assertThat(dry.getString("errors[0].code")).isEqualTo("STAGE_TRANSITION_NOT_ALLOWED");
        assertThat(dry.getString("errors[0].column")).isEqualTo("appliedOn");
        assertThat(dry.getString("errors[0].messageEn")).contains("qufu-2024 art.");
        JsonPath staff = importAs(TestTokens.JS_STAFF, Books.ledger(List.of(project("230502-GATE-0002",
                "尖山区职员申报", "APPLIED")), List.of()), true);
        assertThat(staff.getString("errors[0].code")).as("申报 is the unit lead's act").isEqualTo(
                "STAGE_NOT_ALLOWED_FOR_ROLE");
    }

    @Test
    void shouldReportEveryBadCellByRowAndColumnAndStoreNothing() throws Exception {
        Map<String, Object> formula = qufu("370881-BAD-0001", "FORMULA:1+1", "DRAFT");
        Map<String, Object> injection = qufu("370881-BAD-0002", "=HYPERLINK(\"http://x\")", "DRAFT");
        Map<String, Object> duplicate = qufu("370881-BAD-0002", "坏行重复", "DRAFT");
        Map<String, Object> future = qufu("370881-BAD-0003", "坏行未来日期", "LIBRARY");
        future.put("libraryOn", "2026-12-31");
        Map<String, Object> region = qufu("370881-BAD-0004", "坏行未知区划", "DRAFT");
        region.put("regionCode", "999999");
        Map<String, Object> unit = qufu("370881-BAD-0005", "坏行未知单位", "DRAFT");
        unit.put("unitCreditCode", "91370881MA00000000");
        Map<String, Object> other = qufu("370881-BAD-0006", "坏行他人项目", "DRAFT");
        other.put("unitCreditCode", DemoOrgs.QUFU_HEALTH);
        Map<String, Object> late = qufu("370881-BAD-0007", "坏行已立项", "APPROVED");
        Map<String, Object> good = qufu("370881-BAD-0008", "坏文件中的好行", "DRAFT");
        byte[] file = Books.ledger(List.of(formula, injection, duplicate, future, region, unit, other, late, good),
                List.of(Map.of("projectKey", "370881-BAD-0008", "kind", "PROJECT_APPROVAL", "documentNumber",
                        "曲政字〔2025〕1号", "approvedOn", "2025-12-01", "issuingBody", "曲阜市人民政府")));
        JsonPath dry = importAs(TestTokens.QUFU_LEAD, file, true);
        assertThat(dry.getString("state")).isEqualTo("DONE");
        List<String> found = dry.getList("errors.collect { it.sheet + '!' + it.row + ':' + it.column + ' ' + it.code }");
        assertThat(found).contains(
                "项目台账!3:name IMPORT_FORMULA",
                "项目台账!4:name IMPORT_FORMULA_TEXT",
                "项目台账!5:localCode IMPORT_DUPLICATE_KEY",
                "项目台账!6:libraryOn DATE_IN_FUTURE",
                "项目台账!7:regionCode IMPORT_UNKNOWN_REGION",
                "项目台账!8:unitCreditCode IMPORT_UNKNOWN_UNIT",
                "项目台账!9:unitCreditCode IMPORT_OUT_OF_SCOPE",
                "项目台账!10:stage IMPORT_STAGE_NOT_IMPORTABLE",
                "批复!3:kind IMPORT_ACT_NOT_ALLOWED_FOR_ROLE");
        assertThat(dry.getString("errors.find { it.code == 'IMPORT_OUT_OF_SCOPE' }.messageZh")).contains("本单位");
        JsonPath commit = importAs(TestTokens.QUFU_LEAD, file, false);
        assertThat(commit.getString("state")).isEqualTo("FAILED");
        assertThat(commit.getList("errors")).hasSameSizeAs(dry.getList("errors"));
        assertThat(count(TestTokens.QUFU_LEAD, "坏文件中的好行")).as("all or nothing").isZero();
    }

    @Test
    void shouldLetTheApproverImportTheApprovalsItIssuesButNotProjects() throws Exception {
        importAs(JS_LEAD, Books.ledger(List.of(project("230502-APR-0001", "批复导入项目", "APPLIED")),
                List.of()), false);
        byte[] approvals = Books.ledger(List.of(project("230502-APR-0002", "审批机关不能建项目", "DRAFT")),
                List.of(Map.of("projectKey", "230502-APR-0001", "kind", "FEASIBILITY_STUDY", "documentNumber",
                        "双尖发改〔2025〕12号", "approvedOn", "2025-12-01", "approvedAmount", "1100000.00",
                        "issuingBody", "尖山区发展和改革局")));
        JsonPath refused = importAs(JS_NDRC, approvals, true);
        assertThat(refused.getList("errors.code")).containsExactly("IMPORT_ACT_NOT_ALLOWED_FOR_ROLE");
        assertThat(refused.getInt("errors[0].row")).isEqualTo(3);
        assertThat(refused.getString("errors[0].sheet")).isEqualTo("项目台账");

        byte[] onlyApprovals = Books.ledger(List.of(), List.of(Map.of("projectKey", "230502-APR-0001", "kind",
                "FEASIBILITY_STUDY", "documentNumber", "双尖发改〔2025〕12号", "approvedOn", "2025-12-01",
                "approvedAmount", "1100000.00", "issuingBody", "尖山区发展和改革局")));
        JsonPath done = importAs(JS_NDRC, onlyApprovals, false);
        assertThat(done.getString("state")).as(done.prettify()).isEqualTo("DONE");
        assertThat(importAs(JS_NDRC, onlyApprovals, false).getString("state")).isEqualTo("DONE");
        JsonPath p = GraphQL.postAs(JS_NDRC, """
                { projects(filter: {nameContains: "批复导入项目"}) { edges { node { approvals { documentNumber } } } } }""",
                Map.of()).extract().jsonPath();
        assertThat(p.getList("data.projects.edges[0].node.approvals.documentNumber")).as("imported once")
                .containsExactly("双尖发改〔2025〕12号");
        JsonPath other = importAs(TestTokens.JX_AUTHORITY, onlyApprovals, true);
        assertThat(other.getList("errors.code")).as("outside the importer's region").containsAnyOf(
                "IMPORT_UNKNOWN_PROJECT", "IMPORT_ACT_NOT_ALLOWED_FOR_ROLE");
    }

    @Test
    void shouldRefuseWrongFilesBeforeReadingAnyRow() throws Exception {
        assertThat(importAs(TestTokens.QUFU_LEAD, "not a workbook".getBytes(), true).getList("errors.code"))
                .containsExactly("IMPORT_NOT_XLSX");
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        try (var wb = new org.dhatim.fastexcel.Workbook(plain, "x", "1.0")) {
            wb.newWorksheet("Sheet1").value(0, 0, "项目名称");
        }
        assertThat(importAs(TestTokens.QUFU_LEAD, plain.toByteArray(), true).getList("errors.code"))
                .containsExactly("IMPORT_WRONG_TEMPLATE");
        assertThat(importAs(TestTokens.QUFU_LEAD, LedgerFiles.zipBomb(), true).getList("errors.code"))
                .containsExactly("IMPORT_ZIP_BOMB");
        assertThat(importAs(TestTokens.QUFU_LEAD, LedgerFiles.manyEntries(300), true).getList("errors.code"))
                .containsExactly("IMPORT_ZIP_TOO_MANY_ENTRIES");
        GraphQL.postAs(TestTokens.QUFU_LEAD, START, Map.of("c", Books.base64(new byte[1_200_000]), "d", true))
                .body("errors[0].extensions.details.fieldErrors[0].code",
                        org.hamcrest.Matchers.equalTo("IMPORT_FILE_TOO_LARGE"));
    }
}
