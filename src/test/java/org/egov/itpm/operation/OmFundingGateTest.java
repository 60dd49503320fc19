package org.egov.itpm.operation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An O&M (运维) project is linked to the systems in operation it maintains, and funding it is a gate on their O&M
 * funding eligibility (qufu-2024 art.25; audit O2, with O1 and O3 by the same gate): FUNDED and budget entries are
 * refused with each system's cited grounds until they are met.
 */
@QuarkusTest
class OmFundingGateTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void shouldRefuseFundingAnOmProjectUntilTheSystemItMaintainsIsEligibleUnderQufuArt25() {
        Walk system = qufuInOperation("曲阜市教育云平台（运维对象）");
        Walk om = qufuOmApproved("曲阜市教育云平台运维服务");

        om.tryAdvance("finance-officer", "FUNDED")
                .body("errors[0].extensions.code", equalTo("OM_FUNDING_REFUSED"))
                .body("errors[0].extensions.details.reasons.code", equalTo(List.of("OM_SYSTEM_NOT_LINKED")));

        om.run("unit-staff", "linkMaintainedSystem(omProjectId: $id, systemProjectId: \"" + system.projectId
                + "\") { id }").body("data.linkMaintainedSystem.id", equalTo(List.of(system.projectId)));
        om.project("maintainedSystems { id stage }").body("data.project.maintainedSystems.id",
                equalTo(List.of(system.projectId)));
        system.project("maintainedBy { id kind }").body("data.project.maintainedBy.id", equalTo(List.of(om.projectId)))
                .body("data.project.maintainedBy.kind", equalTo(List.of("OPERATION_MAINTENANCE")));

        om.tryAdvance("finance-officer", "FUNDED")
                .body("errors[0].extensions.code", equalTo("OM_FUNDING_REFUSED"))
                .body("errors[0].extensions.status", equalTo(422))
                .body("errors[0].extensions.details.reasons.code", hasItems("OM_DATA_SHARED", "OM_GOOD_EVALUATION"))
                .body("errors[0].extensions.details.reasons.citation", everyItem(equalTo("qufu-2024 art.25")));
        om.tryRun("finance-officer", "addFundingEntry(projectId: $id, input: {year: 2026, kind: BUDGET,"
                + " amount: \"300000\"}) { id }").body("errors[0].extensions.code", equalTo("OM_FUNDING_REFUSED"));

        system.attest("DATA_SHARED", "USES_UNIFIED_INFRASTRUCTURE", "SECURITY_COMPLIANT", "NO_MAJOR_SECURITY_RISK");
        system.run("evaluator", "recordPostEvaluation(projectId: $id, score: \"86.5\", conclusion: GOOD,"
                + " evaluator: \"第三方评价机构\", summary: \"后评价\") { id }");
        om.tryRun("finance-officer", "addFundingEntry(projectId: $id, input: {year: 2026, kind: BUDGET,"
                + " amount: \"300000\"}) { id }").body("errors", nullValue());
        om.advance("finance-officer", "FUNDED");
        om.project("stage").body("data.project.stage", equalTo("FUNDED"));

        // the authority's yearly O&M budget proposal (jiangxi-2024 art.36 makes it a deadline) is for a system only
        system.run("authority-reviewer", "recordOmBudgetProposal(projectId: $id, sentOn: \"2026-03-02\","
                + " documentNumber: \"曲办预〔2026〕1号\") { year }").body("data.recordOmBudgetProposal.year", equalTo(2026));
        system.project("omBudgetProposals { year sentOn }").body("data.project.omBudgetProposals.sentOn",
                equalTo(List.of("2026-03-02")));
        om.tryRun("authority-reviewer", "recordOmBudgetProposal(projectId: $id, sentOn: \"2026-03-02\") { year }")
                .body("errors[0].extensions.code", equalTo("SYSTEM_NOT_IN_OPERATION"));
    }

    @Test
    void shouldRefuseLinksThatAreNotAnOmProjectToASystemInOperation() {
        Walk system = qufuInOperation("曲阜市政务服务平台（运维对象）");
        Walk construction = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "曲阜市建设类项目", "100000.00",
                "CONSTRUCTION", "FISCAL");
        construction.tryRun("unit-staff", "linkMaintainedSystem(omProjectId: $id, systemProjectId: \""
                + system.projectId + "\") { id }").body("errors[0].extensions.code", equalTo("NOT_AN_OM_PROJECT"));

        Walk om = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "曲阜市运维项目", "100000.00",
                "OPERATION_MAINTENANCE", "FISCAL");
        om.tryRun("unit-staff", "linkMaintainedSystem(omProjectId: $id, systemProjectId: \"" + construction.projectId
                + "\") { id }").body("errors[0].extensions.code", equalTo("MAINTAINED_SYSTEM_NOT_IN_OPERATION"));
        om.tryRun("unit-staff", "linkMaintainedSystem(omProjectId: $id, systemProjectId: \"" + system.projectId
                + "\") { id }").body("errors", nullValue());

        Walk other = Walk.start(TestTokens.QUFU_HEALTH_STAFF, TestTokens.QUFU_APPROVER, "卫健局运维项目", "100000.00",
                "OPERATION_MAINTENANCE", "FISCAL");
        other.tryRun("unit-staff", "linkMaintainedSystem(omProjectId: $id, systemProjectId: \"" + system.projectId
                + "\") { id }").body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        om.tryRun("unit-staff", "unlinkMaintainedSystem(omProjectId: $id, systemProjectId: \"" + system.projectId
                + "\") { id }").body("data.unlinkMaintainedSystem", equalTo(List.of()));
    }

    @Test
    void shouldRefuseTheAnnualPlanOfAWushanOmProjectUntilItsSystemMeetsArt25To27() {
        Walk system = Walk.wushanApproved("巫山县文旅平台（运维对象）", "1000000.00")
                .annualPlan("ndrc-approver", 2026, "1000000.00").advance("finance-officer", "FUNDED")
                .advance("unit-lead", "PROCUREMENT");
        system.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION").complete("2026-03-02");
        system.check("authority-reviewer", "ARCHIVE_ACCEPTANCE");
        system.uploadAll("PROJECT_SUMMARY", "FINANCIAL_REPORT", "AUDIT_REPORT", "SECURITY_ASSESSMENT_REPORT",
                "SECURITY_FILING_CERTIFICATE", "CRYPTO_ASSESSMENT_REPORT", "DATA_DICTIONARY");
        system.tryApplyForAcceptance().body("errors", nullValue());
        system.tryConcludeAcceptance(true).body("errors", nullValue());
        system.advance("authority-approver", "OPERATION");

        Walk om = Walk.start(TestTokens.WS_STAFF, TestTokens.WS_AUTHORITY, "巫山县文旅平台运维服务", "200000.00",
                "OPERATION_MAINTENANCE", "FISCAL");
        om.uploadAll("INFORMATION_RESOURCE_CATALOGUE").library().apply();
        om.passReview("THIRD_PARTY_ASSESSMENT");
        om.uploadAs(om.as("evaluator"), "THIRD_PARTY_ASSESSMENT_REPORT");
        om.approval("ndrc-approver", "FEASIBILITY_STUDY", "200000.00", "2026-02-01");
        om.approval("ndrc-approver", "BUDGET_ESTIMATE", "200000.00", "2026-02-02");
        om.advance("authority-approver", "APPROVED");
        om.run("unit-staff", "linkMaintainedSystem(omProjectId: $id, systemProjectId: \"" + system.projectId
                + "\") { id }");

        om.tryRun("ndrc-approver", "addFundingEntry(projectId: $id, input: {year: 2026, kind: ANNUAL_PLAN,"
                        + " amount: \"200000\"}) { id }")
                .body("errors[0].extensions.code", equalTo("OM_FUNDING_REFUSED"))
                .body("errors[0].extensions.details.reasons.citation", hasItems("wushan-2022 art.25",
                        "wushan-2022 art.26", "wushan-2022 art.27"));
        system.attest("DATA_SHARED", "NO_DUPLICATE_COLLECTION", "IN_SYSTEM_CATALOGUE", "SECURITY_COMPLIANT",
                "NO_MAJOR_SECURITY_RISK", "INTEGRATED");
        om.annualPlan("ndrc-approver", 2026, "200000.00").advance("finance-officer", "FUNDED");
        om.project("stage").body("data.project.stage", equalTo("FUNDED"));
    }

    @Test
    void shouldRefuseFundingAJiangxiOmProjectUntilItsSystemMeetsArt37() {
        Walk om = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "江西省医保平台运维服务", "500000.00",
                "OPERATION_MAINTENANCE", "FISCAL");
        om.uploadAll("COLLECTIVE_DECISION_RECORD", "CONSTRUCTION_PLAN", "OM_IMPLEMENTATION_PLAN").library().apply();
        om.passReview("EXPERT_ARGUMENTATION", Experts.CHEN, Experts.LIU).passReview("JOINT_REVIEW");
        om.approval("ndrc-approver", "PROJECT_APPROVAL", "500000.00", "2026-03-02");
        om.advance("ndrc-approver", "APPROVED");

        Walk system = Walk.jiangxiApproved("江西省医保信息平台（运维对象）", "8000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        system.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION");
        TestClock.setShanghai("2026-04-01T09:00");
        system.advance("unit-lead", "TRIAL_RUN").complete("2026-04-01");
        TestClock.setShanghai("2026-10-08T09:00");
        system.run("unit-lead", "passPreliminaryAcceptance(projectId: $id) { status }");
        system.check("security-officer", "CRYPTO_CONFIRMATION").check("authority-reviewer", "DATA_SHARING_CONFIRMATION")
                .check("authority-reviewer", "ARCHIVE_ACCEPTANCE");
        system.uploadAll("PROJECT_SUMMARY", "DATA_SHARING_REPORT", "SECURE_RELIABLE_PRODUCTS_STATEMENT",
                "FINANCIAL_REPORT", "AUDIT_REPORT", "THIRD_PARTY_TEST_REPORT", "SECURITY_ASSESSMENT_REPORT",
                "CRYPTO_ASSESSMENT_REPORT", "CONFIDENTIALITY_RISK_ASSESSMENT");
        system.tryApplyForAcceptance().body("errors", nullValue());
        system.tryConcludeAcceptance(true).body("errors", nullValue());
        system.advance("authority-approver", "OPERATION");
        om.run("unit-staff", "linkMaintainedSystem(omProjectId: $id, systemProjectId: \"" + system.projectId
                + "\") { id }");

        om.tryAdvance("finance-officer", "FUNDED")
                .body("errors[0].extensions.code", equalTo("OM_FUNDING_REFUSED"))
                .body("errors[0].extensions.details.reasons.citation", everyItem(equalTo("jiangxi-2024 art.37")));
        system.attest("DATA_SHARED", "NO_DUPLICATE_COLLECTION", "SECURITY_COMPLIANT", "NO_MAJOR_SECURITY_RISK",
                "ON_GOVERNMENT_CLOUD");
        om.advance("finance-officer", "FUNDED");
        om.project("stage").body("data.project.stage", equalTo("FUNDED"));
    }

    /** A Qufu construction project walked to OPERATION (no O&M grounds confirmed yet). */
    static Walk qufuInOperation(String name) {
        Walk w = Walk.qufuInProcurement(name, "6000000.00")
                .advance("unit-lead", "CONSTRUCTION");
        w.run("unit-staff", "recordPlatformFiling(projectId: $id, filing: PROGRESS) { id }");
        w.complete("2026-03-02");
        w.run("unit-lead", "passPreliminaryAcceptance(projectId: $id) { status }");
        w.tryApplyForAcceptance().body("errors", nullValue());
        w.tryConcludeAcceptance(true).body("errors", nullValue());
        return w.advance("authority-approver", "OPERATION");
    }

    /** A Qufu O&M project walked to APPROVED as {@link Walk#qufuApproved} does for construction. */
    static Walk qufuOmApproved(String name) {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, name, "300000.00",
                "OPERATION_MAINTENANCE", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        w.passReview("DEMAND_REVIEW", Experts.ZHANG).passReview("TECHNICAL_REVIEW", Experts.ZHANG, Experts.LI);
        w.uploadAll("CONSTRUCTION_PLAN", "CRYPTO_APPLICATION_PLAN");
        w.approval("authority-approver", "PROJECT_APPROVAL", "300000.00");
        return w.advance("authority-approver", "APPROVED");
    }
}
