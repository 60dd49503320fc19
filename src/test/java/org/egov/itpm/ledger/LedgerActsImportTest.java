package org.egov.itpm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.ledger.Imports.errors;
import static org.egov.itpm.ledger.Imports.importAs;
import static org.egov.itpm.ledger.LedgerImportTest.JS_LEAD;
import static org.egov.itpm.ledger.LedgerImportTest.project;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.egov.itpm.ledger.export.LedgerColumns;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/** The 行为 sheet: each act through its own operation, by the role that performs it, in legal-date order, once. */
@QuarkusTest
class LedgerActsImportTest {

    @Inject
    JobRunner runner;

    @Test
    void shouldRecordEachActThroughItsOperationInLegalOrderOnce() throws Exception {
        byte[] file = new RecordBooks()
                .row(LedgerColumns.SHEET, project("230502-ACT-0001", "行为导入项目（撤回）", "WITHDRAWN"))
                // listed before the 申报 it follows: the import records a project's acts by legal date
                .act("230502-ACT-0001", "WITHDRAWN", "2025-12-01", "单位决定撤回申报")
                .act("230502-ACT-0001", "APPLIED", "2025-11-20", null)
                .write();
        JsonPath dry = importAs(runner, JS_LEAD, file, true);
        assertThat(errors(dry)).isEmpty();
        assertThat(LedgerImportTest.count(JS_LEAD, "行为导入项目")).as("a dry run stores nothing").isZero();

        assertThat(importAs(runner, JS_LEAD, file, false).getString("state")).isEqualTo("DONE");
        String fields = "stage appliedOn policyPackId history { to effectiveOn reason }";
        JsonPath p = Imports.project(JS_LEAD, "行为导入项目", fields);
        assertThat(p.getString("stage")).isEqualTo("WITHDRAWN");
        assertThat(p.getString("appliedOn")).isEqualTo("2025-11-20");
        assertThat(p.getString("policyPackId")).as("bound by the 申报 act of the file").isEqualTo("jianshan-2024");
        assertThat(p.getList("history.findAll { it.to != 'DRAFT' }.collect { it.to + ' ' + it.effectiveOn }"))
                .containsExactly("LIBRARY 2025-11-03", "APPLIED 2025-11-20", "WITHDRAWN 2025-12-01");
        assertThat(p.getString("history.find { it.to == 'WITHDRAWN' }.reason")).isEqualTo("单位决定撤回申报");

        assertThat(importAs(runner, JS_LEAD, file, false).getString("state")).isEqualTo("DONE");
        assertThat(Imports.project(JS_LEAD, "行为导入项目", fields).getList("history")).as("re-import changes nothing")
                .hasSameSizeAs(p.getList("history"));
    }

    @Test
    void shouldReportEveryBadActRowBySheetRowAndColumnAndStoreNothing() throws Exception {
        Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "行为导入他人项目", "100.00",
                "CONSTRUCTION", "FISCAL");
        String otherKey = Imports.project(TestTokens.QUFU_STAFF, "行为导入他人项目", "localCode").getString("localCode");
        Map<String, Object> applied = project("230502-ACT-0010", "行为坏行项目", "APPLIED");
        byte[] file = new RecordBooks()
                .row(LedgerColumns.SHEET, applied)
                .row(LedgerColumns.SHEET, project("230502-ACT-0011", "行为坏行草稿", "DRAFT"))
                .act("230502-ACT-0010", "OPENED", "2025-12-01", null)
                .act("230502-ACT-0010", "APPROVED", "2025-12-01", null)
                .act("230502-ACT-0011", "LIBRARY", "2026-12-31", null)
                .act("230502-ACT-0010", "WITHDRAWN", "2025-11-10", "早于申报")
                .act(otherKey, "LIBRARY", "2025-11-03", null)
                .act("230502-ACT-0010", "SUSPENDED", "2025-12-02", "=cmd|' /C calc'!A0")
                .act("230502-ACT-0010", "IN_REVIEW", "2025-12-03", null)
                .act("230502-ACT-0010", "TERMINATED", "2025-12-04", null)
                .act("230502-ACT-0010", "WITHDRAWN", "2025-11-10", "重复行")
                .write();
        JsonPath dry = importAs(runner, JS_LEAD, file, true);
        assertThat(dry.getString("state")).isEqualTo("DONE");
        assertThat(errors(dry)).contains(
                "行为 acts!3:kind INVALID_CHOICE",
                "行为 acts!4:kind IMPORT_ACT_NOT_ALLOWED_FOR_ROLE",
                "行为 acts!5:on DATE_IN_FUTURE",
                "行为 acts!6:on DATE_BEFORE_PREVIOUS_ACT",
                "行为 acts!7:projectKey IMPORT_UNKNOWN_PROJECT",
                "行为 acts!8:reason IMPORT_FORMULA_TEXT",
                "行为 acts!9:kind IMPORT_ACT_NOT_IMPORTABLE",
                "行为 acts!10:reason REQUIRED",
                "行为 acts!11:on IMPORT_DUPLICATE_KEY");
        assertThat(dry.getString("errors.find { it.code == 'IMPORT_ACT_NOT_ALLOWED_FOR_ROLE' }.messageEn"))
                .contains("APPROVED", "advanceStage", "authority-approver");
        assertThat(dry.getString("errors.find { it.code == 'IMPORT_ACT_NOT_ALLOWED_FOR_ROLE' }.messageZh"))
                .contains("您的角色不能登记");
        JsonPath commit = importAs(runner, JS_LEAD, file, false);
        assertThat(commit.getString("state")).isEqualTo("FAILED");
        assertThat(commit.getList("errors")).hasSameSizeAs(dry.getList("errors"));
        assertThat(LedgerImportTest.count(JS_LEAD, "行为坏行")).as("all or nothing").isZero();
        assertThat(Imports.project(TestTokens.QUFU_STAFF, "行为导入他人项目", "stage").getString("stage"))
                .as("another unit's project is untouched").isEqualTo("DRAFT");
    }

    @Test
    void shouldRefuseALaterStageTheFileDoesNotReach() throws Exception {
        byte[] file = new RecordBooks()
                .row(LedgerColumns.SHEET, project("230502-ACT-0020", "行为未达阶段", "WITHDRAWN"))
                .act("230502-ACT-0020", "LIBRARY", "2025-11-03", null)
                .write();
        assertThat(errors(importAs(runner, JS_LEAD, file, true))).containsExactly(
                "项目台账!3:stage IMPORT_STAGE_NOT_REACHED");
    }
}
