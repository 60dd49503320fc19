package org.egov.itpm.project;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FUNDED → OPERATION (and 关停并转) over the API for qufu-2024 and baotou-2024, with contracts, a change and acceptance. */
@QuarkusTest
class ConstructionToOperationTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void qufuWalksFromFundedToOperationAndIsDecommissioned() {
        Walk w = Walk.qufuInProcurement("曲阜市教育云平台", "6000000.00");
        TestClock.setShanghai("2026-06-01T09:00");
        String construction = w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-06-01\", amount: \"5600000\","
                + " implementationMonths: 12, warrantyMonths: 24, clauses: [IP_OWNERSHIP, DATA_OWNERSHIP,"
                + " IP_BREACH_LIABILITY, CONFIDENTIALITY, ACCEPTANCE_CRITERIA]");
        TestClock.setShanghai("2026-06-10T09:00");
        w.tryUpdateContract(construction, "signedOn: \"2026-06-10\"").body("errors", org.hamcrest.Matchers.nullValue());
        TestClock.setShanghai("2026-06-12T09:00");
        w.tryUpdateContract(construction, "filedOn: \"2026-06-12\"").body("errors", org.hamcrest.Matchers.nullValue());
        String supervision = w.registerContract("SUPERVISION", "awardNoticeOn: \"2026-06-12\", signedOn: \"2026-06-12\","
                + " filedOn: \"2026-06-12\", amount: \"100000\"");
        w.advance("unit-lead", "CONSTRUCTION");
        w.project("deadlines { ruleCode status } currentFindings { code }")
                .body("data.project.deadlines.findAll { it.ruleCode == 'CONTRACT_SIGNING' }.status", hasItem("MET"))
                .body("data.project.deadlines.findAll { it.ruleCode == 'CONTRACT_FILING' }.status", hasItem("MET"))
                .body("data.project.currentFindings.code", not(hasItem("DEADLINE_MISSED")));

        w.run("unit-staff", "recordPlatformFiling(projectId: $id, filing: PROGRESS) { id }");
        w.run("unit-staff", "fileConstructionReport(projectId: $id, input: {kind: PROGRESS, summary: \"按计划推进\"}) { id }");
        w.run("supervisor", "fileConstructionReport(projectId: $id, input: {kind: SUPERVISION, summary: \"监理月报\"}) { id }");
        w.tryRun("supervisor", "fileConstructionReport(projectId: $id, input: {kind: PROGRESS, summary: \"x\"}) { id }")
                .body("errors[0].extensions.code", equalTo("REPORT_KIND_NOT_ALLOWED_FOR_ROLE"));
        String change = w.tryRequestChange("majorChange: true, addedAmount: \"400000\", proposedTotal: \"6400000\","
                + " reason: HIGHER_LEVEL_REQUIREMENT").extract().path("data.requestChange.id");
        w.reApproveChange(change, "authority-approver", "曲政字〔2026〕30号", Experts.ZHANG, Experts.LI);

        TestClock.setShanghai("2026-09-01T09:00");
        w.complete("2026-09-01");
        w.run("unit-lead", "passPreliminaryAcceptance(projectId: $id) { status }");
        // art.34: acceptance confirms each contract's performance, so each contract has its acceptance report
        w.project("stage acceptanceChecklist { document present contractId contractTitle citation { text } }")
                .body("data.project.stage", equalTo("PRELIMINARY_ACCEPTANCE"))
                .body("data.project.acceptanceChecklist.contractId", containsInAnyOrder(construction, supervision))
                .body("data.project.acceptanceChecklist.document", everyItem(equalTo("CONTRACT_ACCEPTANCE_REPORT")))
                .body("data.project.acceptanceChecklist.present", everyItem(equalTo(false)))
                .body("data.project.acceptanceChecklist.citation.text", everyItem(equalTo("qufu-2024 art.34")));
        w.uploadFor(construction, "CONTRACT_ACCEPTANCE_REPORT");
        w.tryApplyForAcceptance()
                .body("errors[0].extensions.code", equalTo("ACCEPTANCE_DOCUMENTS_MISSING"))
                .body("errors[0].extensions.details.reasons", hasSize(1))
                .body("errors[0].extensions.details.reasons[0].code", equalTo("CONTRACT_DOCUMENT_MISSING"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo("qufu-2024 art.34"))
                .body("errors[0].extensions.details.reasons[0].message.en", containsString(supervision))
                .body("errors[0].extensions.details.reasons[0].message.zh", containsString("SUPERVISION 合同"));
        w.uploadFor(supervision, "CONTRACT_ACCEPTANCE_REPORT");
        w.tryApplyForAcceptance().body("data.applyForFinalAcceptance.status", equalTo("APPLIED"));
        w.tryConcludeAcceptance(false).body("data.concludeFinalAcceptance.status", equalTo("FAILED"));
        w.tryApplyForAcceptance().body("errors[0].extensions.code", equalTo("RECTIFICATION_PLAN_MISSING"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo("qufu-2024 art.35"));
        w.tryRun("unit-staff", "submitRectificationPlan(projectId: $id, plan: \"补充接口\") { status }")
                .body("errors[0].extensions.details.fieldErrors[0].field", equalTo("dueOn"));
        w.run("unit-staff", "submitRectificationPlan(projectId: $id, plan: \"补充接口\", dueOn: \"2026-10-01\") { status }")
                .body("data.submitRectificationPlan.status", equalTo("RECTIFYING"));
        // art.35 限期整改: the re-application is due by the plan's date
        w.project("deadlines { ruleCode due status citation { text } }")
                .body("data.project.deadlines.find { it.ruleCode == 'RECTIFICATION' }.due", equalTo("2026-10-01"))
                .body("data.project.deadlines.find { it.ruleCode == 'RECTIFICATION' }.status", equalTo("DUE"))
                .body("data.project.deadlines.find { it.ruleCode == 'RECTIFICATION' }.citation.text",
                        equalTo("qufu-2024 art.35"));
        w.tryApplyForAcceptance().body("data.applyForFinalAcceptance.status", equalTo("APPLIED"));
        w.project("deadlines { ruleCode status }")
                .body("data.project.deadlines.find { it.ruleCode == 'RECTIFICATION' }.status", equalTo("MET"));
        w.tryConcludeAcceptance(true).body("data.concludeFinalAcceptance.status", equalTo("PASSED"));
        w.run("unit-staff", "fileAcceptanceOpinion(projectId: $id, reference: \"验收备案\") { status }");
        w.advance("authority-approver", "OPERATION");

        w.project("stage approvedEstimate omFundingEligibility { eligible refusals { code citation { text } } }")
                .body("data.project.stage", equalTo("OPERATION"))
                .body("data.project.approvedEstimate", equalTo(6400000.00f))
                .body("data.project.omFundingEligibility.eligible", equalTo(false))
                .body("data.project.omFundingEligibility.refusals.code", hasItems("OM_DATA_SHARED",
                        "OM_GOOD_EVALUATION", "OM_SECURITY_COMPLIANT"))
                .body("data.project.omFundingEligibility.refusals.code", not(hasItem("OM_PROGRESS_FILED")))
                .body("data.project.omFundingEligibility.refusals.citation.text", hasItem("qufu-2024 art.25"));
        w.attest("DATA_SHARED", "USES_UNIFIED_INFRASTRUCTURE", "SECURITY_COMPLIANT", "NO_MAJOR_SECURITY_RISK");
        w.run("unit-staff", "recordSelfEvaluation(projectId: $id, summary: \"年度自评价\") { id }");
        w.run("evaluator", "recordPostEvaluation(projectId: $id, score: \"86.5\", conclusion: GOOD,"
                + " evaluator: \"第三方评价机构\", summary: \"后评价\") { id }");
        w.project("omFundingEligibility { eligible refusals { code } } evaluations { kind conclusion }")
                .body("data.project.omFundingEligibility.eligible", equalTo(true))
                .body("data.project.evaluations.kind", hasItems("SELF", "THIRD_PARTY"));

        w.run("authority-approver", "decommissionProject(projectId: $id, kind: MERGED, reason: \"并入市级平台\") { stage }")
                .body("data.decommissionProject.stage", equalTo("DECOMMISSIONED"));
        w.project("history { to reason }").body("data.project.history.reason", hasItem("MERGED: 并入市级平台"));
    }

    @Test
    void baotouWalksFromFundedToOperationWithSupervisionAChangeAndThePreAcceptanceReview() {
        Walk w = Walk.baotouApproved("包头市政务服务一网通办", "10000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-03-02\", signedOn: \"2026-03-02\", amount: \"9000000\"");
        w.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION");
        String change = w.tryRequestChange("removedAmount: \"1500000\", addedAmount: \"400000\","
                        + " newContentAmount: \"400000\", reason: TECHNICAL_OPTIMISATION")
                .body("data.requestChange.outcome", equalTo("FILING")).extract().path("data.requestChange.id");
        w.run("unit-lead", "fileChange(changeId: \"" + change + "\") { status }");

        TestClock.setShanghai("2026-08-03T09:00");
        w.complete("2026-08-03");
        // art.22: no acceptance is organised before the pre-acceptance review, so the application waits for it
        w.tryApplyForAcceptance()
                .body("errors[0].extensions.code", equalTo("ACCEPTANCE_CONDITIONS_UNMET"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("baotou-2024 art.22"));
        w.project("stage acceptance { status }").body("data.project.stage", equalTo("CONSTRUCTION"))
                .body("data.project.acceptance.status", equalTo("COMPLETED"));
        // no extension route in the Baotou measures
        w.tryRun("unit-staff", "requestAcceptanceExtension(projectId: $id, reason: \"延期\", until: \"2026-12-31\")"
                + " { status }").body("errors[0].extensions.code", equalTo("ACCEPTANCE_EXTENSION_NOT_PROVIDED"));
        w.check("authority-reviewer", "PRE_ACCEPTANCE_REVIEW");
        w.tryApplyForAcceptance().body("data.applyForFinalAcceptance.status", equalTo("APPLIED"));
        w.tryConcludeAcceptance(true).body("data.concludeFinalAcceptance.status", equalTo("PASSED"));
        w.advance("authority-approver", "OPERATION");
        w.project("stage omFundingEligibility { eligible } deadlines { ruleCode status opensOn due }")
                .body("data.project.stage", equalTo("OPERATION"))
                .body("data.project.omFundingEligibility.eligible", equalTo(true))
                .body("data.project.deadlines.findAll { it.ruleCode == 'SELF_EVALUATION' }.due", hasItem("2028-08-03"));
    }
}
