package org.egov.itpm.project;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FUNDED → OPERATION over the API for jianshan-2024, wushan-2022 and jiangxi-2024: contracts (with the 监理 contract
 * each of them requires), a change as the pack decides it, the pack's acceptance (documents, archive acceptance,
 * trial run, confirmations) and the self-evaluation in the pack's window.
 */
@QuarkusTest
class OtherPacksConstructionToOperationTest {

    private static final String CLAUSES = "clauses: [IP_OWNERSHIP, DATA_OWNERSHIP, IP_BREACH_LIABILITY, CONFIDENTIALITY,"
            + " ACCEPTANCE_CRITERIA]";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void jianshanWalksFromFundedToOperation() {
        Walk w = Walk.jianshanApproved("尖山区不动产登记一网通办", "3000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-03-02\", signedOn: \"2026-03-02\","
                + " amount: \"2800000\", implementationMonths: 12, warrantyMonths: 24, " + CLAUSES);
        w.tryAdvance("unit-lead", "CONSTRUCTION")
                .body("errors[0].extensions.code", equalTo("STAGE_TRANSITION_NOT_ALLOWED"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("jianshan-2024 item 13"));
        w.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION");

        // item 14: total unchanged, 150,000 out and 150,000 in of 3,000,000 (added + removed = 10%), an allowed
        // reason → 备案 (M6: Jianshan counts both directions)
        String change = w.tryRequestChange("removedAmount: \"150000\", addedAmount: \"150000\","
                        + " reason: TECHNICAL_OPTIMISATION")
                .body("data.requestChange.outcome", equalTo("FILING"))
                .body("data.requestChange.arithmetic", hasItem("adjustment / estimate = 300000.00 / 3000000.00 = 10.00%"
                        + " (limit 15%)"))
                .extract().path("data.requestChange.id");
        w.run("unit-lead", "fileChange(changeId: \"" + change + "\") { status }")
                .body("data.fileChange.status", equalTo("APPROVED"));
        w.report("SUPERVISION", "");

        TestClock.setShanghai("2026-08-03T09:00");
        w.complete("2026-08-03");
        // item 15 has no extension route (unlike Wushan art.22)
        w.tryRun("unit-staff", "requestAcceptanceExtension(projectId: $id, reason: \"延期\", until: \"2027-03-31\")"
                        + " { status }")
                .body("errors[0].extensions.code", equalTo("ACCEPTANCE_EXTENSION_NOT_PROVIDED"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo("jianshan-2024 item 15"));
        // item 18: no acceptance before the archive acceptance; item 19: the performance report first
        w.tryApplyForAcceptance()
                .body("errors[0].extensions.code", equalTo("ACCEPTANCE_CONDITIONS_UNMET"))
                .body("errors[0].extensions.details.reasons", hasSize(7))
                .body("errors[0].extensions.details.reasons.citation", hasItems("jianshan-2024 item 15",
                        "jianshan-2024 item 18", "jianshan-2024 item 19"));
        w.report("PERFORMANCE", "");
        w.check("authority-reviewer", "ARCHIVE_ACCEPTANCE");
        w.tryApplyForAcceptance()
                .body("errors[0].extensions.code", equalTo("ACCEPTANCE_DOCUMENTS_MISSING"))
                .body("errors[0].extensions.details.reasons", hasSize(5))
                .body("errors[0].extensions.details.reasons.citation", everyItem(equalTo("jianshan-2024 item 15")));
        w.uploadAll("PROJECT_SUMMARY", "FINANCIAL_REPORT", "AUDIT_REPORT", "SECURITY_ASSESSMENT_REPORT",
                "CRYPTO_ASSESSMENT_REPORT");
        w.tryApplyForAcceptance().body("data.applyForFinalAcceptance.status", equalTo("APPLIED"));
        w.tryConcludeAcceptance(true).body("data.concludeFinalAcceptance.status", equalTo("PASSED"));
        w.advance("authority-approver", "OPERATION");

        // item 21: 6 to 12 months after acceptance
        w.trySelfEvaluate().body("errors[0].extensions.code", equalTo("SELF_EVALUATION_WINDOW_NOT_OPEN"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo("jianshan-2024 item 21"));
        TestClock.setShanghai("2027-02-03T09:00");
        w.trySelfEvaluate().body("errors", nullValue());
        w.project("stage deadlines { ruleCode status opensOn due } currentFindings { code }")
                .body("data.project.stage", equalTo("OPERATION"))
                .body("data.project.deadlines.findAll { it.ruleCode == 'SELF_EVALUATION' }.status", hasItem("MET"))
                .body("data.project.deadlines.findAll { it.ruleCode == 'SELF_EVALUATION' }.opensOn", hasItem("2027-02-03"))
                .body("data.project.currentFindings.code", not(hasItem("DEADLINE_MISSED")));
    }

    @Test
    void wushanWalksFromFundedToOperation() {
        Walk w = Walk.wushanApproved("巫山县文旅大数据平台", "8000000.00").annualPlan("ndrc-approver", 2026, "8000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-03-02\", signedOn: \"2026-03-02\","
                + " amount: \"7500000\", implementationMonths: 12, warrantyMonths: 24, " + CLAUSES);
        w.tryAdvance("unit-lead", "CONSTRUCTION")
                .body("errors[0].extensions.details.reasons.citation", hasItem("wushan-2022 art.15"));
        w.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION");

        // art.20: an increase of the total is never a filing; a 10% adjustment without increase is
        w.tryRequestChange("removedAmount: \"100000\", addedAmount: \"300000\", proposedTotal: \"8200000\","
                        + " reason: TECHNICAL_OPTIMISATION")
                .body("data.requestChange.outcome", equalTo("RE_APPROVAL"))
                .body("data.requestChange.reasons.citation.text", hasItem("wushan-2022 art.20"));
        // M6: Wushan counts added + removed, so 400,000 out and 400,000 in of 8,000,000 is 10%
        String change = w.tryRequestChange("removedAmount: \"400000\", addedAmount: \"400000\","
                        + " reason: BUSINESS_NEED_WITHIN_PLAN")
                .body("data.requestChange.outcome", equalTo("FILING")).extract().path("data.requestChange.id");
        w.run("unit-lead", "fileChange(changeId: \"" + change + "\") { status }");

        TestClock.setShanghai("2026-12-20T09:00");
        w.report("PERFORMANCE", "year: 2026");
        TestClock.setShanghai("2027-03-01T09:00");
        w.complete("2027-03-01");
        w.project("deadlines { ruleCode subject status }")
                .body("data.project.deadlines.findAll { it.ruleCode == 'PERFORMANCE_REPORT' }.status", equalTo(
                        java.util.List.of("MET")));
        // art.23: no acceptance passes without the archive acceptance, so the application waits for it
        w.tryApplyForAcceptance().body("errors[0].extensions.code", equalTo("ACCEPTANCE_CONDITIONS_UNMET"))
                .body("errors[0].extensions.details.reasons", hasSize(8))
                .body("errors[0].extensions.details.reasons.citation", hasItems("wushan-2022 art.22", "wushan-2022 art.23"));
        w.check("authority-reviewer", "ARCHIVE_ACCEPTANCE");
        w.tryApplyForAcceptance().body("errors[0].extensions.code", equalTo("ACCEPTANCE_DOCUMENTS_MISSING"))
                .body("errors[0].extensions.details.reasons", hasSize(7))
                .body("errors[0].extensions.details.reasons.citation", everyItem(equalTo("wushan-2022 art.22")));
        w.uploadAll("PROJECT_SUMMARY", "FINANCIAL_REPORT", "AUDIT_REPORT", "SECURITY_ASSESSMENT_REPORT",
                "SECURITY_FILING_CERTIFICATE", "CRYPTO_ASSESSMENT_REPORT", "DATA_DICTIONARY");
        w.tryApplyForAcceptance().body("data.applyForFinalAcceptance.status", equalTo("APPLIED"));
        w.tryConcludeAcceptance(true).body("data.concludeFinalAcceptance.status", equalTo("PASSED"));
        w.advance("authority-approver", "OPERATION");

        // art.24: 12 to 24 months after acceptance
        TestClock.setShanghai("2027-09-01T09:00");
        w.trySelfEvaluate().body("errors[0].extensions.code", equalTo("SELF_EVALUATION_WINDOW_NOT_OPEN"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo("wushan-2022 art.24"));
        TestClock.setShanghai("2028-03-01T09:00");
        w.trySelfEvaluate().body("errors", nullValue());
        w.project("stage deadlines { ruleCode status } omFundingEligibility { eligible refusals { citation { text } } }")
                .body("data.project.stage", equalTo("OPERATION"))
                .body("data.project.deadlines.findAll { it.ruleCode == 'SELF_EVALUATION' }.status", hasItem("MET"))
                .body("data.project.omFundingEligibility.refusals.citation.text", hasItems("wushan-2022 art.25",
                        "wushan-2022 art.26", "wushan-2022 art.27"));
    }

    @Test
    void jiangxiWalksFromFundedToOperation() {
        Walk w = Walk.jiangxiApproved("江西省医保信息平台", "8000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-03-02\", signedOn: \"2026-03-02\","
                + " amount: \"7600000\", implementationMonths: 12, warrantyMonths: 24, " + CLAUSES);
        w.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION");

        // art.20: no filing route, the approving authority decides every change
        String change = w.tryRequestChange("removedAmount: \"200000\", addedAmount: \"200000\","
                        + " reason: TECHNICAL_OPTIMISATION")
                .body("data.requestChange.outcome", equalTo("RE_APPROVAL"))
                .body("data.requestChange.reasons.citation.text", hasItem("jiangxi-2024 art.20"))
                .extract().path("data.requestChange.id");
        w.tryRun("unit-lead", "fileChange(changeId: \"" + change + "\") { status }")
                .body("errors[0].extensions.code", equalTo("CHANGE_NEEDS_RE_APPROVAL"));
        // art.18: the re-approval rests on an expert evaluation, a CHANGE_REVIEW round of the change
        w.tryRun("ndrc-approver", "decideChange(changeId: \"" + change + "\", approved: true,"
                        + " documentNumber: \"赣发改数字〔2026〕12号\") { status }")
                .body("errors[0].extensions.code", equalTo("CHANGE_REVIEW_REQUIRED"));
        w.reApproveChange(change, "ndrc-approver", "赣发改数字〔2026〕12号", Experts.CHEN, Experts.LIU);
        w.project("changeRequests { status }").body("data.project.changeRequests.status", hasItem("APPROVED"));

        TestClock.setShanghai("2026-04-01T09:00");
        w.advance("unit-lead", "TRIAL_RUN").complete("2026-04-01");
        w.report("PERFORMANCE", "year: 2026");
        TestClock.setShanghai("2026-10-08T09:00");
        w.run("unit-lead", "passPreliminaryAcceptance(projectId: $id) { status }");
        w.check("security-officer", "CRYPTO_CONFIRMATION").check("authority-reviewer", "DATA_SHARING_CONFIRMATION")
                .check("authority-reviewer", "ARCHIVE_ACCEPTANCE");
        w.uploadAll("PROJECT_SUMMARY", "DATA_SHARING_REPORT", "SECURE_RELIABLE_PRODUCTS_STATEMENT", "FINANCIAL_REPORT",
                "AUDIT_REPORT", "THIRD_PARTY_TEST_REPORT", "SECURITY_ASSESSMENT_REPORT", "CRYPTO_ASSESSMENT_REPORT",
                "CONFIDENTIALITY_RISK_ASSESSMENT");
        w.project("acceptanceChecklist { present }")
                .body("data.project.acceptanceChecklist", hasSize(11))
                .body("data.project.acceptanceChecklist.present", everyItem(equalTo(true)));
        w.tryApplyForAcceptance().body("data.applyForFinalAcceptance.status", equalTo("APPLIED"));
        w.tryConcludeAcceptance(true).body("data.concludeFinalAcceptance.status", equalTo("PASSED"));
        w.advance("authority-approver", "OPERATION");

        // art.40: 6 to 12 months after acceptance
        TestClock.setShanghai("2027-01-08T09:00");
        w.trySelfEvaluate().body("errors[0].extensions.code", equalTo("SELF_EVALUATION_WINDOW_NOT_OPEN"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo("jiangxi-2024 art.40"));
        TestClock.setShanghai("2027-04-08T09:00");
        w.trySelfEvaluate().body("errors", nullValue());
        w.attest("DATA_SHARED", "NO_DUPLICATE_COLLECTION", "SECURITY_COMPLIANT", "NO_MAJOR_SECURITY_RISK",
                "ON_GOVERNMENT_CLOUD");
        w.project("stage deadlines { ruleCode status } omFundingEligibility { eligible }")
                .body("data.project.stage", equalTo("OPERATION"))
                .body("data.project.deadlines.findAll { it.ruleCode == 'SELF_EVALUATION' }.status", hasItem("MET"))
                .body("data.project.deadlines.findAll { it.ruleCode == 'START_WITHIN_6_MONTHS' }.status", hasItem("MET"))
                // the only miss is the 2026 demand window (art.8), from before approval
                .body("data.project.deadlines.findAll { it.status == 'MISSED' }.ruleCode",
                        equalTo(java.util.List.of("DEMAND_BY_30_JUNE")))
                .body("data.project.omFundingEligibility.eligible", equalTo(true));
    }
}
