package org.egov.itpm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.ledger.Imports.errors;
import static org.egov.itpm.ledger.Imports.importAs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.egov.itpm.ledger.export.TemplateFormat;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/**
 * The 资金, 合同 and 批复 sheets: each party imports what it records (the NDRC its annual plan, the finance bureau
 * the budget and 资金下达, the unit its contracts and 开工), once; an approval imported long after its date gives
 * the findings the pack gives as of today.
 */
@QuarkusTest
class LedgerRecordsImportTest {

    @Inject
    JobRunner runner;

    private static final String SUPERVISOR = "91500237MA5U7XK21B";

    static Map<String, Object> contract(String key, String kind, String supplierCode, String signedOn) {
        return Map.of("projectKey", key, "kind", kind, "title", "监理服务合同", "supplierName", "重庆市某监理有限公司",
                "supplierCreditCode", supplierCode, "signedOn", signedOn, "amount", "50000.00",
                "clauses", "CONFIDENTIALITY,ACCEPTANCE_CRITERIA");
    }

    @Test
    void shouldImportFundingContractsAndActsEachByItsPartyOnceAndExportThem() throws Exception {
        Walk w = Walk.wushanApproved("巫山县资金合同导入", "1000000.00");
        TestTokens.Person lead = w.as("unit-lead");
        String key = Imports.project(lead, "巫山县资金合同导入", "localCode").getString("localCode");
        byte[] plan = new RecordBooks().row(TemplateFormat.FUNDING_SHEET, "projectKey", key, "year", 2026, "kind",
                "ANNUAL_PLAN", "amount", "1000000.00", "documentNumber", "巫发改投〔2026〕8号").write();
        assertThat(errors(importAs(runner, w.as("ndrc-approver"), plan, false))).isEmpty();
        // 资金下达 is listed first; the budget it rests on (wushan-2022 art.10) is recorded before it
        byte[] budget = new RecordBooks().act(key, "FUNDED", "2026-03-02", null)
                .row(TemplateFormat.FUNDING_SHEET, "projectKey", key, "year", 2026, "kind", "BUDGET", "amount",
                        "1000000.00", "documentNumber", "巫财预〔2026〕3号").write();
        assertThat(errors(importAs(runner, w.as("finance-officer"), budget, false))).isEmpty();
        // one date: 采购, then the 监理 contract, then the 开工 resting on it (wushan-2022 art.15)
        byte[] unit = new RecordBooks().act(key, "CONSTRUCTION", "2026-03-02", null)
                .row(TemplateFormat.CONTRACT_SHEET, contract(key, "SUPERVISION", SUPERVISOR, "2026-03-02"))
                .act(key, "PROCUREMENT", "2026-03-02", null).write();
        assertThat(errors(importAs(runner, lead, unit, false))).isEmpty();
        assertThat(importAs(runner, lead, unit, false).getString("state")).as("again: changes nothing")
                .isEqualTo("DONE");
        assertThat(importAs(runner, w.as("ndrc-approver"), plan, false).getString("state")).isEqualTo("DONE");
        JsonPath p = Imports.project(lead, "巫山县资金合同导入", "stage contracts { supplierCreditCode clauses }"
                + " fundingEntries { kind documentNumber }");
        assertThat(p.getString("stage")).isEqualTo("CONSTRUCTION");
        assertThat(p.getList("contracts.supplierCreditCode")).containsExactly(SUPERVISOR);
        assertThat(p.getList("fundingEntries.documentNumber")).containsExactlyInAnyOrder("巫发改投〔2026〕8号",
                "巫财预〔2026〕3号");

        byte[] export = Imports.export(runner, lead, "巫山县资金合同导入");
        assertThat(LedgerFiles.rows(export, TemplateFormat.ACT_SHEET).subList(2, 8).stream().map(r -> r.get(1)))
                .containsExactly("LIBRARY", "APPLIED", "IN_REVIEW", "APPROVED", "FUNDED", "PROCUREMENT");
        assertThat(LedgerFiles.rows(export, TemplateFormat.CONTRACT_SHEET).get(2)).startsWith(key, "SUPERVISION",
                "监理服务合同", "重庆市某监理有限公司", SUPERVISOR);
        assertThat(LedgerFiles.rows(export, TemplateFormat.CONTRACT_SHEET).get(2)).contains(
                "ACCEPTANCE_CRITERIA,CONFIDENTIALITY");
        assertThat(LedgerFiles.rows(export, TemplateFormat.FUNDING_SHEET).subList(2, 4).stream().map(r -> r.get(4)))
                .containsExactlyInAnyOrder("巫发改投〔2026〕8号", "巫财预〔2026〕3号");
        assertThat(LedgerFiles.rows(export, TemplateFormat.APPROVAL_SHEET)).hasSize(4);
    }

    @Test
    void shouldRefuseDuplicateContractsAndRecordsOfAnotherParty() throws Exception {
        Walk w = Walk.wushanApproved("巫山县合同坏行", "1000000.00");
        TestTokens.Person lead = w.as("unit-lead");
        String key = Imports.project(lead, "巫山县合同坏行", "localCode").getString("localCode");
        byte[] twice = new RecordBooks()
                .row(TemplateFormat.CONTRACT_SHEET, contract(key, "SUPERVISION", SUPERVISOR, "2026-03-02"))
                .row(TemplateFormat.CONTRACT_SHEET, contract(key, "SUPERVISION", SUPERVISOR, "2026-03-02"))
                .row(TemplateFormat.FUNDING_SHEET, "projectKey", key, "year", 2026, "kind", "BUDGET", "amount",
                        "1000000.00")
                .write();
        List<String> unitErrors = errors(importAs(runner, lead, twice, true));
        assertThat(unitErrors).contains("合同 contracts!4:signedOn IMPORT_DUPLICATE_KEY",
                "资金 funding!3:kind IMPORT_ACT_NOT_ALLOWED_FOR_ROLE");
        assertThat(unitErrors).as("the approved project takes no contract before 采购").contains(
                "合同 contracts!3:kind CONTRACT_NOT_ALLOWED");
        byte[] contract = new RecordBooks()
                .row(TemplateFormat.CONTRACT_SHEET, contract(key, "SUPERVISION", SUPERVISOR, "2026-03-02")).write();
        assertThat(errors(importAs(runner, w.as("finance-officer"), contract, true))).containsExactly(
                "合同 contracts!3:kind IMPORT_ACT_NOT_ALLOWED_FOR_ROLE");
    }

    /** Issue #17 acceptance: an imported project approved long ago with no start shows the finding its pack gives. */
    @Test
    void shouldShowTheFindingOfAnApprovalImportedLongAfterItsDate() throws Exception {
        Walk w = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "江西省补录批复项目", "8000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD", "CONSTRUCTION_PLAN").library("2025-01-10").apply("2025-01-15");
        w.passReview("EXPERT_ARGUMENTATION", "2025-02-03", Experts.CHEN, Experts.LIU)
                .passReview("JOINT_REVIEW", "2025-02-10");
        TestTokens.Person ndrc = w.as("ndrc-approver");
        String key = Imports.project(ndrc, "江西省补录批复项目", "localCode").getString("localCode");
        byte[] file = new RecordBooks().act(key, "APPROVED", "2025-03-10", null)
                .row(TemplateFormat.APPROVAL_SHEET, "projectKey", key, "kind", "PROJECT_APPROVAL", "documentNumber",
                        "赣发改数字〔2025〕3号", "approvedOn", "2025-03-10", "approvedAmount", "8000000.00",
                        "issuingBody", "江西省发展和改革委员会")
                .write();
        assertThat(errors(importAs(runner, ndrc, file, false))).isEmpty();
        JsonPath p = GraphQL.postAs(ndrc, "query($id: ID!) { project(id: $id) { stage"
                        + " currentFindings { code key citation { text } } } }", Map.of("id", w.projectId))
                .extract().jsonPath().setRootPath("data.project");
        assertThat(p.getString("stage")).isEqualTo("APPROVED");
        // jiangxi-2024 art.29: start within six months of the 批复 of 2025-03-10; today (test clock) is 2026-03-02
        assertThat(p.getList("currentFindings.findAll { it.key.contains('START_WITHIN_6_MONTHS') }"
                + ".collect { it.code + ' ' + it.citation.text }")).containsExactly("DEADLINE_MISSED jiangxi-2024 art.29");
    }
}
