package org.egov.itpm.acceptance;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Jiangxi art.30 (trial run, confirmations, 11 documents) and the acceptance deadline with its extension. */
@QuarkusTest
class AcceptanceRulesTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void jiangxiAcceptanceNeedsTheTrialRunTheConfirmationsAndEveryDocument() {
        Walk w = Walk.jiangxiApproved("江西省政务数据验收", "8000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        w.tryAdvance("unit-lead", "CONSTRUCTION").body("errors[0].extensions.details.reasons.citation",
                hasItem("jiangxi-2024 art.26"));
        w.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION").advance("unit-lead", "TRIAL_RUN");
        w.complete("2026-03-02");
        TestClock.setShanghai("2026-06-01T09:00");
        w.tryRun("unit-lead", "passPreliminaryAcceptance(projectId: $id) { status }")
                .body("errors[0].extensions.code", equalTo("STAGE_TRANSITION_NOT_ALLOWED"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("jiangxi-2024 art.30"));
        TestClock.setShanghai("2026-09-02T09:00");
        w.run("unit-lead", "passPreliminaryAcceptance(projectId: $id) { status }");

        w.tryApplyForAcceptance()
                .body("errors[0].extensions.code", equalTo("ACCEPTANCE_CONDITIONS_UNMET"))
                .body("errors[0].extensions.status", equalTo(422))
                .body("errors[0].extensions.details.reasons", hasSize(12))
                .body("errors[0].extensions.details.reasons.code", hasItem("DOCUMENT_MISSING"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("jiangxi-2024 art.30"));
        w.tryRun("authority-reviewer", "confirmAcceptanceCheck(projectId: $id, check: CRYPTO_CONFIRMATION, passed: true)"
                + " { status }").body("errors[0].extensions.code", equalTo("CHECK_NOT_ALLOWED_FOR_ROLE"));
        w.check("security-officer", "CRYPTO_CONFIRMATION").check("authority-reviewer", "DATA_SHARING_CONFIRMATION")
                .check("authority-reviewer", "ARCHIVE_ACCEPTANCE");
        w.uploadAll("PROJECT_SUMMARY", "DATA_SHARING_REPORT", "SECURE_RELIABLE_PRODUCTS_STATEMENT", "FINANCIAL_REPORT",
                "AUDIT_REPORT", "THIRD_PARTY_TEST_REPORT", "SECURITY_ASSESSMENT_REPORT");
        w.project("acceptanceChecklist { document present citation { text } }")
                .body("data.project.acceptanceChecklist", hasSize(11))
                .body("data.project.acceptanceChecklist.findAll { !it.present }.document",
                        hasItems("CRYPTO_ASSESSMENT_REPORT", "CONFIDENTIALITY_RISK_ASSESSMENT"));
        w.tryApplyForAcceptance().body("errors[0].extensions.code", equalTo("ACCEPTANCE_DOCUMENTS_MISSING"))
                .body("errors[0].extensions.details.reasons", hasSize(2));
        w.uploadAll("CRYPTO_ASSESSMENT_REPORT", "CONFIDENTIALITY_RISK_ASSESSMENT");
        w.tryApplyForAcceptance().body("data.applyForFinalAcceptance.status", equalTo("APPLIED"));
        w.tryConcludeAcceptance(true).body("data.concludeFinalAcceptance.status", equalTo("PASSED"));
        w.advance("authority-approver", "OPERATION");
        w.project("omFundingEligibility { refusals { code } }")
                .body("data.project.omFundingEligibility.refusals.code", org.hamcrest.Matchers.not(
                        hasItem("OM_CONFIRMATIONS_PASSED")));
    }

    @Test
    void wushanAcceptanceIsDueSixMonthsAfterCompletionUnlessAnExtensionIsRequested() {
        Walk w = Walk.start(org.egov.itpm.testsupport.TestTokens.WS_STAFF, org.egov.itpm.testsupport.TestTokens.WS_AUTHORITY,
                "巫山县验收期限", "1000000.00", "CONSTRUCTION", "FISCAL");
        w.uploadAll("INFORMATION_RESOURCE_CATALOGUE").library().apply();
        w.passReview("THIRD_PARTY_ASSESSMENT");
        w.uploadAs(w.as("evaluator"), "THIRD_PARTY_ASSESSMENT_REPORT");
        w.approval("ndrc-approver", "FEASIBILITY_STUDY", "1000000.00", "2026-03-02");
        w.approval("ndrc-approver", "BUDGET_ESTIMATE", "1000000.00", "2026-03-02");
        w.advance("authority-approver", "APPROVED").annualPlan("ndrc-approver", 2026, "1000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        w.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION").complete("2026-03-02");
        TestClock.setShanghai("2026-09-03T09:00");
        w.project("currentFindings { code citation { text } }")
                .body("data.project.currentFindings.findAll { it.code == 'DEADLINE_MISSED' }.citation.text",
                        hasItem("wushan-2022 art.22"));
        String extension = "requestAcceptanceExtension(projectId: $id, reason: \"系统联调未完成\"%s) { status }";
        w.tryRun("unit-staff", extension.formatted(""))
                .body("errors[0].extensions.details.fieldErrors[0].field", equalTo("until"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("REQUIRED"));
        w.tryRun("unit-staff", extension.formatted(", until: \"2026-09-03\""))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("NOT_AFTER_REQUEST"));
        w.run("unit-staff", extension.formatted(", until: \"2026-12-31\""));
        w.project("deadlines { ruleCode due status citation { text } } acceptance { extensionRequestedOn }")
                .body("data.project.acceptance.extensionRequestedOn", equalTo("2026-09-03"))
                .body("data.project.deadlines.find { it.ruleCode == 'ACCEPTANCE_AFTER_EXTENSION' }.due", equalTo("2026-12-31"))
                .body("data.project.deadlines.find { it.ruleCode == 'ACCEPTANCE_AFTER_EXTENSION' }.status", equalTo("DUE"));
        w.tryApplyForAcceptance().body("errors[0].extensions.code", equalTo("ACCEPTANCE_CONDITIONS_UNMET"))
                .body("errors[0].extensions.details.reasons.citation", hasItems("wushan-2022 art.22", "wushan-2022 art.23"));
        TestClock.setShanghai("2027-01-04T09:00");
        w.project("deadlines { ruleCode status } currentFindings { code key citation { text } }")
                .body("data.project.deadlines.find { it.ruleCode == 'ACCEPTANCE_AFTER_EXTENSION' }.status", equalTo("MISSED"))
                .body("data.project.currentFindings.find { it.code == 'DEADLINE_MISSED' && it.key.contains("
                        + "'ACCEPTANCE_AFTER_EXTENSION') }.citation.text", equalTo("wushan-2022 art.22"));
    }

    @Test
    void qufuContractAcceptanceReportBelongsToAContractOfTheSameProjectAndCanBeUploadedOverGraphQL() {
        Walk other = Walk.qufuInProcurement("曲阜市另一项目", "3000000.00");
        String foreign = other.registerContract("CONSTRUCTION", "");
        Walk w = Walk.qufuInProcurement("曲阜市合同验收报告", "3000000.00");
        String own = w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-03-02\", signedOn: \"2026-03-02\"");
        String upload = "uploadDocument(projectId: $id, type: CONTRACT_ACCEPTANCE_REPORT, fileName: \"履约验收报告.pdf\","
                + " contentType: \"application/pdf\", contentBase64: \"5bGl57qm6aqM5pS2\"%s) { id type contractId sizeBytes }";
        w.tryRun("unit-staff", upload.formatted(""))
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors[0].field", equalTo("contractId"));
        w.tryRun("unit-staff", upload.formatted(", contractId: \"" + foreign + "\""))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("UNKNOWN_CONTRACT"));
        w.tryRun("unit-staff", upload.formatted(", contractId: \"" + own + "\"").replace("5bGl57qm6aqM5pS2", "%%%"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("INVALID_BASE64"));
        w.tryRun("unit-staff", upload.formatted(", contractId: \"" + own + "\""))
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.uploadDocument.contractId", equalTo(own))
                .body("data.uploadDocument.sizeBytes", equalTo(12));
        w.project("acceptanceChecklist { document present contractId contractTitle }")
                .body("data.project.acceptanceChecklist", hasSize(1))
                .body("data.project.acceptanceChecklist[0].present", equalTo(true))
                .body("data.project.acceptanceChecklist[0].contractTitle", equalTo("CONSTRUCTION 合同"));
    }
}
