package org.egov.itpm.project;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #13: a project onboarded mid-life (every act entered on one later day with its real date) is judged exactly
 * like the same project recorded in real time (the clock moved to each act's day, dates left to default): the same
 * deadlines, windows and findings, counted from the legal dates the articles name. One walk per pack, each as far as
 * its interesting windows: 批复 → funding → contracts → 开工 → (trial run) → completion → (初验) → 竣工验收 → the
 * self-evaluation window.
 */
@QuarkusTest
class OnboardingWalkTest {

    private static final String CLAUSES = "clauses: [IP_OWNERSHIP, DATA_OWNERSHIP, IP_BREACH_LIABILITY, CONFIDENTIALITY,"
            + " ACCEPTANCE_CRITERIA]";

    /**
     * How the acts are entered: in real time, the clock moves to each act's day and optional dates are left out
     * (they default to today); onboarded, the clock stays at "today" and every act carries its legal date.
     */
    private record Entry(boolean realTime) {
        static final Entry REAL_TIME = new Entry(true);
        static final Entry ONBOARDED = new Entry(false);

        /** The value of an optional date argument for an act of {@code date}: null (today) in real time. */
        String on(String date) {
            if (realTime) {
                TestClock.setShanghai(date + "T09:00");
                return null;
            }
            return date;
        }

        /** A date the act always states (a document's date): in real time, also the day it is entered. */
        String day(String date) {
            on(date);
            return date;
        }
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    // ---------------------------------------------------------------- qufu-2024 (in force since 2024-07-01)

    private static final String QUFU_TODAY = "2026-11-20";

    private static Walk qufu(Entry e) {
        e.on("2026-01-12");
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "曲阜市补录项目", "6000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library(e.on("2026-01-12")).apply(e.on("2026-01-15"));
        w.passReview("DEMAND_REVIEW", e.on("2026-01-20"), Experts.ZHANG);
        w.passReview("TECHNICAL_REVIEW", e.on("2026-02-03"), Experts.ZHANG, Experts.LI);
        w.uploadAll("CONSTRUCTION_PLAN", "CRYPTO_APPLICATION_PLAN", "FEASIBILITY_STUDY_REPORT");
        w.approval("authority-approver", "PROJECT_APPROVAL", "6000000.00", e.day("2026-03-10"));
        w.advance("authority-approver", "APPROVED", e.on("2026-03-10"));
        w.advance("finance-officer", "FUNDED", e.on("2026-03-20"));
        w.responsibilityLetter(e.day("2026-03-23"), e.day("2026-03-24"));
        w.advance("unit-lead", "PROCUREMENT", e.on("2026-03-25"));
        // art.28 across 劳动节 (05-01..05-05 off, Saturday 05-09 worked): the award of 04-24 is due to be signed by
        // 05-12; the 监理 contract is signed a day late
        String construction = contract(w, e, "CONSTRUCTION", "2026-04-24", "2026-05-12", "2026-05-20",
                "amount: \"5600000\", implementationMonths: 12, warrantyMonths: 24, " + CLAUSES);
        String supervision = contract(w, e, "SUPERVISION", "2026-04-24", "2026-05-13", "2026-05-14",
                "amount: \"100000\"");
        w.advance("unit-lead", "CONSTRUCTION", e.on("2026-05-28"));
        w.complete(e.on("2026-09-01"));
        ok(w.tryPassPreliminary(e.on("2026-09-10")));
        w.uploadFor(construction, "CONTRACT_ACCEPTANCE_REPORT");
        w.uploadFor(supervision, "CONTRACT_ACCEPTANCE_REPORT");
        ok(w.tryApplyForAcceptance(e.on("2026-09-15")));
        // art.35: the first acceptance fails; the rectification plan sets the date to re-apply by
        w.tryConcludeAcceptance(false, e.on("2026-09-25")).body("data.concludeFinalAcceptance.status", equalTo("FAILED"));
        w.run("unit-staff", "submitRectificationPlan(projectId: $id, plan: \"补充接口\", dueOn: \"2026-10-15\""
                + Walk.dated("submittedOn", e.on("2026-09-28")) + ") { status }");
        ok(w.tryApplyForAcceptance(e.on("2026-10-12")));
        ok(w.tryConcludeAcceptance(true, e.on("2026-10-20")));
        w.run("unit-staff", "fileAcceptanceOpinion(projectId: $id, reference: \"验收备案\""
                + Walk.dated("filedOn", e.on("2026-10-23")) + ") { status }");
        return w.advance("authority-approver", "OPERATION", e.on("2026-10-26"));
    }

    @Test
    void qufuOnboardedMidLifeIsJudgedAsIfRecordedInRealTime() {
        TestClock.setShanghai(QUFU_TODAY + "T10:00");
        Walk onboarded = qufu(Entry.ONBOARDED);
        Walk realTime = qufu(Entry.REAL_TIME);
        TestClock.setShanghai(QUFU_TODAY + "T10:00");

        assertSameJudgement(realTime, onboarded);
        String construction = contractId(onboarded, "CONSTRUCTION");
        String supervision = contractId(onboarded, "SUPERVISION");
        assertDeadline(onboarded, "CONTRACT_SIGNING", construction, null, "2026-05-12", "MET", "2026-05-12",
                "qufu-2024 art.28");
        assertDeadline(onboarded, "CONTRACT_SIGNING", supervision, null, "2026-05-12", "MISSED", "2026-05-13",
                "qufu-2024 art.28");
        assertDeadline(onboarded, "CONTRACT_FILING", construction, null, "2026-05-26", "MET", "2026-05-20",
                "qufu-2024 art.28");
        assertDeadline(onboarded, "RECTIFICATION", "rectification", null, "2026-10-15", "MET", "2026-10-12",
                "qufu-2024 art.35");
        // art.36: a self-evaluation every year after the 竣工验收 of 2026-10-20
        assertDeadline(onboarded, "SELF_EVALUATION", "year-1", "2026-10-20", "2027-10-20", "DUE", null,
                "qufu-2024 art.36");
        onboarded.project("currentFindings { code citation { text } }")
                .body("data.project.currentFindings.findAll { it.code == 'DEADLINE_MISSED' }.citation.text",
                        equalTo(List.of("qufu-2024 art.28")));
        assertHistory(onboarded, QUFU_TODAY, Map.of("LIBRARY", "2026-01-12", "APPLIED", "2026-01-15",
                "IN_REVIEW", "2026-01-20", "APPROVED", "2026-03-10", "FUNDED", "2026-03-20",
                "PROCUREMENT", "2026-03-25", "CONSTRUCTION", "2026-05-28", "PRELIMINARY_ACCEPTANCE", "2026-09-10",
                "FINAL_ACCEPTANCE", "2026-10-20", "OPERATION", "2026-10-26"));
    }

    // ---------------------------------------------------------------- jiangxi-2024 (in force since 2024-01-01)

    private static final String JIANGXI_TODAY = "2027-07-01";

    private static Walk jiangxi(Entry e) {
        e.on("2026-01-12");
        Walk w = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "江西省补录项目", "8000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD", "CONSTRUCTION_PLAN").library(e.on("2026-01-12"))
                .apply(e.on("2026-01-15"));
        w.passReview("EXPERT_ARGUMENTATION", e.on("2026-02-03"), Experts.CHEN, Experts.LIU);
        w.passReview("JOINT_REVIEW", e.on("2026-02-10"));
        w.approval("ndrc-approver", "PROJECT_APPROVAL", "8000000.00", e.day("2026-03-10"));
        w.advance("ndrc-approver", "APPROVED", e.on("2026-03-10"));
        w.advance("finance-officer", "FUNDED", e.on("2026-03-20")).advance("unit-lead", "PROCUREMENT", e.on("2026-03-25"));
        contract(w, e, "CONSTRUCTION", "2026-04-20", "2026-04-24", null,
                "amount: \"7600000\", implementationMonths: 12, warrantyMonths: 24, " + CLAUSES);
        contract(w, e, "SUPERVISION", "2026-04-20", "2026-04-24", null, "amount: \"100000\"");
        w.advance("unit-lead", "CONSTRUCTION", e.on("2026-05-06"));
        // art.20: every change goes back to the approving authority; this one still awaits it
        w.tryRequestChange("removedAmount: \"200000\", addedAmount: \"200000\", reason: TECHNICAL_OPTIMISATION"
                + Walk.dated("requestedOn", e.on("2026-05-20"))).body("data.requestChange.outcome", equalTo("RE_APPROVAL"));
        w.advance("unit-lead", "TRIAL_RUN", e.on("2026-06-01")).complete(e.on("2026-06-01"));
        // art.30: 终验 only after six months of trial run (from 2026-06-01)
        w.tryPassPreliminary(e.on("2026-11-30"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("jiangxi-2024 art.30"));
        ok(w.tryPassPreliminary(e.on("2026-12-01")));
        w.check("security-officer", "CRYPTO_CONFIRMATION", e.on("2026-12-03"))
                .check("authority-reviewer", "DATA_SHARING_CONFIRMATION", e.on("2026-12-03"))
                .check("authority-reviewer", "ARCHIVE_ACCEPTANCE", e.on("2026-12-03"));
        w.uploadAll("PROJECT_SUMMARY", "DATA_SHARING_REPORT", "SECURE_RELIABLE_PRODUCTS_STATEMENT", "FINANCIAL_REPORT",
                "AUDIT_REPORT", "THIRD_PARTY_TEST_REPORT", "SECURITY_ASSESSMENT_REPORT", "CRYPTO_ASSESSMENT_REPORT",
                "CONFIDENTIALITY_RISK_ASSESSMENT");
        ok(w.tryApplyForAcceptance(e.on("2026-12-07")));
        ok(w.tryConcludeAcceptance(true, e.on("2026-12-15")));
        return w.advance("authority-approver", "OPERATION", e.on("2026-12-20"));
    }

    @Test
    void jiangxiOnboardedMidLifeIsJudgedAsIfRecordedInRealTime() {
        TestClock.setShanghai(JIANGXI_TODAY + "T10:00");
        Walk onboarded = jiangxi(Entry.ONBOARDED);
        Walk realTime = jiangxi(Entry.REAL_TIME);
        TestClock.setShanghai(JIANGXI_TODAY + "T10:00");

        assertSameJudgement(realTime, onboarded);
        // art.29: start within six months of the 批复 of 2026-03-10
        assertDeadline(onboarded, "START_WITHIN_6_MONTHS", "project", null, "2026-09-10", "MET", "2026-05-06",
                "jiangxi-2024 art.29");
        // art.40: self-evaluation 6 to 12 months after the 竣工验收 of 2026-12-15, open today
        assertDeadline(onboarded, "SELF_EVALUATION", "project", "2027-06-15", "2027-12-15", "DUE", null,
                "jiangxi-2024 art.40");
        assertHistory(onboarded, JIANGXI_TODAY, Map.of("LIBRARY", "2026-01-12", "APPLIED", "2026-01-15",
                "IN_REVIEW", "2026-02-03", "APPROVED", "2026-03-10", "CONSTRUCTION", "2026-05-06",
                "TRIAL_RUN", "2026-06-01", "PRELIMINARY_ACCEPTANCE", "2026-12-01", "FINAL_ACCEPTANCE", "2026-12-15",
                "OPERATION", "2026-12-20"));
    }

    // ---------------------------------------------------------------- jianshan-2024 (in force since 2024-02-05)

    private static final String JIANSHAN_TODAY = "2027-05-06";

    private static Walk jianshan(Entry e) {
        e.on("2026-01-12");
        Walk w = Walk.start(TestTokens.JS_STAFF, TestTokens.JS_AUTHORITY, "尖山区补录项目", "3000000.00",
                "CONSTRUCTION", "FISCAL");
        w.library(e.on("2026-01-12")).apply(e.on("2026-01-15"));
        w.passReviewWithOpinionDocuments("EXPERT_ARGUMENTATION", e.on("2026-02-03"), Experts.ZHAO);
        w.uploadAll("DATA_SHARING_CHAPTER", "INFORMATION_RESOURCE_CATALOGUE");
        w.approval("ndrc-approver", "FEASIBILITY_STUDY", "3000000.00", e.day("2026-02-10"));
        w.approval("ndrc-approver", "PRELIMINARY_DESIGN", "3000000.00", e.day("2026-02-20"));
        w.approval("authority-approver", "GOVERNMENT_ENDORSEMENT", null, e.day("2026-03-10"));
        w.advance("authority-approver", "APPROVED", e.on("2026-03-10"));
        w.advance("finance-officer", "FUNDED", e.on("2026-03-20")).advance("unit-lead", "PROCUREMENT", e.on("2026-03-25"));
        contract(w, e, "CONSTRUCTION", "2026-04-20", "2026-04-24", null,
                "amount: \"2800000\", implementationMonths: 12, warrantyMonths: 24, " + CLAUSES);
        contract(w, e, "SUPERVISION", "2026-04-20", "2026-04-24", null, "amount: \"100000\"");
        w.advance("unit-lead", "CONSTRUCTION", e.on("2026-05-06"));
        w.report("SUPERVISION", "reportedOn: \"" + e.day("2026-07-01") + "\"");
        w.complete(e.on("2026-08-03"));
        // item 18 and 19: the archive acceptance and the performance report come before the acceptance
        w.report("PERFORMANCE", "reportedOn: \"" + e.day("2026-09-01") + "\"");
        w.check("authority-reviewer", "ARCHIVE_ACCEPTANCE", e.on("2026-09-10"));
        w.uploadAll("PROJECT_SUMMARY", "FINANCIAL_REPORT", "AUDIT_REPORT", "SECURITY_ASSESSMENT_REPORT",
                "CRYPTO_ASSESSMENT_REPORT");
        if (!e.realTime()) {
            // entered later, the application still cannot be dated before the archive acceptance it rests on
            w.tryApplyForAcceptance("2026-09-09")
                    .body("errors[0].extensions.details.reasons.citation", hasItem("jianshan-2024 item 18"));
        }
        ok(w.tryApplyForAcceptance(e.on("2026-09-15")));
        ok(w.tryConcludeAcceptance(true, e.on("2026-10-10")));
        w.advance("authority-approver", "OPERATION", e.on("2026-10-20"));
        // item 21: a self-evaluation dated before its window opens is refused, even when entered after it opened
        w.tryRun("unit-staff", "recordSelfEvaluation(projectId: $id, summary: \"自评价\""
                        + Walk.dated("onDate", e.on("2027-03-01")) + ") { id }")
                .body("errors[0].extensions.code", equalTo("SELF_EVALUATION_WINDOW_NOT_OPEN"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo("jianshan-2024 item 21"));
        return w;
    }

    @Test
    void jianshanOnboardedMidLifeIsJudgedAsIfRecordedInRealTime() {
        TestClock.setShanghai(JIANSHAN_TODAY + "T10:00");
        Walk onboarded = jianshan(Entry.ONBOARDED);
        Walk realTime = jianshan(Entry.REAL_TIME);
        TestClock.setShanghai(JIANSHAN_TODAY + "T10:00");

        assertSameJudgement(realTime, onboarded);
        // item 15: acceptance within half a year of completion (2026-08-03), applied for on 2026-09-15
        assertDeadline(onboarded, "ACCEPTANCE_WITHIN_6_MONTHS", "project", null, "2027-02-03", "MET", "2026-09-15",
                "jianshan-2024 item 15");
        // item 21: self-evaluation 6 to 12 months after the acceptance of 2026-10-10, open today
        assertDeadline(onboarded, "SELF_EVALUATION", "project", "2027-04-10", "2027-10-10", "DUE", null,
                "jianshan-2024 item 21");
        assertHistory(onboarded, JIANSHAN_TODAY, Map.of("LIBRARY", "2026-01-12", "APPLIED", "2026-01-15",
                "IN_REVIEW", "2026-02-03", "APPROVED", "2026-03-10", "FUNDED", "2026-03-20",
                "CONSTRUCTION", "2026-05-06", "FINAL_ACCEPTANCE", "2026-10-10", "OPERATION", "2026-10-20"));
    }

    // ---------------------------------------------------------------- wushan-2022 (in force since 2022-05-30)

    private static final String WUSHAN_TODAY = "2028-11-10";

    private static Walk wushan(Entry e) {
        e.on("2026-01-12");
        Walk w = Walk.start(TestTokens.WS_STAFF, TestTokens.WS_AUTHORITY, "巫山县补录项目", "8000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("INFORMATION_RESOURCE_CATALOGUE").library(e.on("2026-01-12")).apply(e.on("2026-01-15"));
        w.passReview("THIRD_PARTY_ASSESSMENT", e.on("2026-02-03"));
        w.uploadAs(w.as("evaluator"), "THIRD_PARTY_ASSESSMENT_REPORT");
        w.approval("ndrc-approver", "FEASIBILITY_STUDY", "8000000.00", e.day("2026-02-20"));
        w.approval("ndrc-approver", "BUDGET_ESTIMATE", "8000000.00", e.day("2026-03-10"));
        w.advance("authority-approver", "APPROVED", e.on("2026-03-10"));
        w.annualPlan("ndrc-approver", 2026, "8000000.00");
        w.advance("finance-officer", "FUNDED", e.on("2026-03-20")).advance("unit-lead", "PROCUREMENT", e.on("2026-03-25"));
        contract(w, e, "CONSTRUCTION", "2026-04-20", "2026-04-24", null,
                "amount: \"7500000\", implementationMonths: 12, warrantyMonths: 24, " + CLAUSES);
        contract(w, e, "SUPERVISION", "2026-04-20", "2026-04-24", null, "amount: \"100000\"");
        w.advance("unit-lead", "CONSTRUCTION", e.on("2026-05-06"));
        // art.17: the yearly performance report of 2026, by year-end
        w.report("PERFORMANCE", "year: 2026, reportedOn: \"" + e.day("2026-12-20") + "\"");
        w.complete(e.on("2027-03-01"));
        // art.22: not ready within half a year, the unit asks for an extension; the application is then due by it
        w.run("unit-staff", "requestAcceptanceExtension(projectId: $id, reason: \"数据迁移未完成\", until: \"2027-10-31\""
                + Walk.dated("onDate", e.on("2027-08-20")) + ") { status }");
        w.check("authority-reviewer", "ARCHIVE_ACCEPTANCE", e.on("2027-10-08"));
        w.uploadAll("PROJECT_SUMMARY", "FINANCIAL_REPORT", "AUDIT_REPORT", "SECURITY_ASSESSMENT_REPORT",
                "SECURITY_FILING_CERTIFICATE", "CRYPTO_ASSESSMENT_REPORT", "DATA_DICTIONARY");
        ok(w.tryApplyForAcceptance(e.on("2027-10-15")));
        ok(w.tryConcludeAcceptance(true, e.on("2027-11-01")));
        return w.advance("authority-approver", "OPERATION", e.on("2027-11-10"));
    }

    @Test
    void wushanOnboardedMidLifeIsJudgedAsIfRecordedInRealTime() {
        TestClock.setShanghai(WUSHAN_TODAY + "T10:00");
        Walk onboarded = wushan(Entry.ONBOARDED);
        Walk realTime = wushan(Entry.REAL_TIME);
        TestClock.setShanghai(WUSHAN_TODAY + "T10:00");

        assertSameJudgement(realTime, onboarded);
        // art.22: apply for acceptance within half a year of completion (2027-03-01), answered by the extension
        // request, and then by the date it asked for
        assertDeadline(onboarded, "ACCEPTANCE_WITHIN_6_MONTHS", "project", null, "2027-09-01", "MET", "2027-08-20",
                "wushan-2022 art.22");
        assertDeadline(onboarded, "ACCEPTANCE_AFTER_EXTENSION", "extension", null, "2027-10-31", "MET", "2027-10-15",
                "wushan-2022 art.22");
        assertDeadline(onboarded, "PERFORMANCE_REPORT", "year-2026", null, "2026-12-31", "MET", "2026-12-20",
                "wushan-2022 art.17");
        // art.24: self-evaluation 12 to 24 months after the 竣工验收 of 2027-11-01, open today
        assertDeadline(onboarded, "SELF_EVALUATION", "project", "2028-11-01", "2029-11-01", "DUE", null,
                "wushan-2022 art.24");
        assertHistory(onboarded, WUSHAN_TODAY, Map.of("LIBRARY", "2026-01-12", "APPLIED", "2026-01-15",
                "IN_REVIEW", "2026-02-03", "APPROVED", "2026-03-10", "CONSTRUCTION", "2026-05-06",
                "FINAL_ACCEPTANCE", "2027-11-01", "OPERATION", "2027-11-10"));
    }

    // ---------------------------------------------------------------- baotou-2024 (in force 2024-12-01..2026-11-30)

    /** The pack's last fortnight: a project applied for in 2025 and accepted a year before today. */
    private static final String BAOTOU_TODAY = "2026-11-20";

    private static Walk baotou(Entry e) {
        e.on("2025-03-03");
        Walk w = Walk.start(TestTokens.BT_STAFF, TestTokens.BT_AUTHORITY, "包头市补录项目", "10000000.00",
                "CONSTRUCTION", "FISCAL").library(e.on("2025-03-03"));
        for (String a : List.of("MEETS_DIGITAL_GOVERNMENT_PLAN", "CLEAR_NEEDS_AND_SOUND_DESIGN",
                "MEETS_SHARING_AND_INTENSIVE_BUILD")) {
            w.run("authority-reviewer", "attest(projectId: $id, attestation: " + a
                    + Walk.dated("onDate", e.on("2025-03-05")) + ") { id }");
        }
        w.apply(e.on("2025-03-10")).passReview("EXPERT_ARGUMENTATION", e.on("2025-03-20"), Experts.ZHOU);
        w.approval("authority-approver", "PROJECT_PROPOSAL", null, e.day("2025-03-25"));
        w.approval("authority-approver", "FEASIBILITY_STUDY", "10000000.00", e.day("2025-04-01"));
        w.approval("authority-approver", "PRELIMINARY_DESIGN", "10000000.00", e.day("2025-04-10"));
        w.approval("authority-approver", "BUDGET_ESTIMATE", "10000000.00", e.day("2025-04-10"));
        w.annualPlan("ndrc-approver", 2025, "10000000.00");
        w.advance("authority-approver", "APPROVED", e.on("2025-04-10"));
        w.advance("finance-officer", "FUNDED", e.on("2025-04-20")).advance("unit-lead", "PROCUREMENT", e.on("2025-04-25"));
        contract(w, e, "CONSTRUCTION", "2025-05-08", "2025-05-12", null, "amount: \"9000000\"");
        contract(w, e, "SUPERVISION", "2025-05-08", "2025-05-12", null, "amount: \"100000\"");
        w.advance("unit-lead", "CONSTRUCTION", e.on("2025-05-20"));
        w.complete(e.on("2025-10-31"));
        // art.22: the data bureau's pre-acceptance review comes first
        w.check("authority-reviewer", "PRE_ACCEPTANCE_REVIEW", e.on("2025-11-10"));
        ok(w.tryApplyForAcceptance(e.on("2025-11-14")));
        ok(w.tryConcludeAcceptance(true, e.on("2025-11-20")));
        return w.advance("authority-approver", "OPERATION", e.on("2025-11-25"));
    }

    @Test
    void baotouOnboardedMidLifeIsJudgedAsIfRecordedInRealTime() {
        TestClock.setShanghai(BAOTOU_TODAY + "T10:00");
        Walk onboarded = baotou(Entry.ONBOARDED);
        Walk realTime = baotou(Entry.REAL_TIME);
        TestClock.setShanghai(BAOTOU_TODAY + "T10:00");

        assertSameJudgement(realTime, onboarded);
        onboarded.project("policyPackId policyPackStatus").body("data.project.policyPackId", equalTo("baotou-2024"))
                .body("data.project.policyPackStatus", equalTo("IN_FORCE"));
        // art.23: self-evaluation one to two years after the acceptance of 2025-11-20: it opens today
        assertDeadline(onboarded, "SELF_EVALUATION", "project", "2026-11-20", "2027-11-20", "DUE", null,
                "baotou-2024 art.23");
        assertHistory(onboarded, BAOTOU_TODAY, Map.of("LIBRARY", "2025-03-03", "APPLIED", "2025-03-10",
                "IN_REVIEW", "2025-03-20", "APPROVED", "2025-04-10", "FUNDED", "2025-04-20",
                "CONSTRUCTION", "2025-05-20", "FINAL_ACCEPTANCE", "2025-11-20", "OPERATION", "2025-11-25"));
    }

    // ---------------------------------------------------------------- steps and assertions

    /**
     * Registers a contract with its award notice; in real time it is signed and filed on later days by updates,
     * onboarded it is registered once with all its dates. Returns its id.
     */
    private static String contract(Walk w, Entry e, String kind, String awardOn, String signedOn, String filedOn,
                                   String fields) {
        String award = "awardNoticeOn: \"" + e.day(awardOn) + "\", " + fields;
        if (!e.realTime()) {
            return w.registerContract(kind, award + ", signedOn: \"" + signedOn + "\""
                    + (filedOn == null ? "" : ", filedOn: \"" + filedOn + "\""));
        }
        String id = w.registerContract(kind, award);
        ok(w.tryUpdateContract(id, "signedOn: \"" + e.day(signedOn) + "\""));
        if (filedOn != null) {
            ok(w.tryUpdateContract(id, "filedOn: \"" + e.day(filedOn) + "\""));
        }
        return id;
    }

    private static void ok(io.restassured.response.ValidatableResponse response) {
        response.body("errors", nullValue());
    }

    /**
     * Both projects' deadlines, current findings, next steps and O&M funding refusals (with their messages) and the
     * legal dates of their history, compared as whole lists.
     */
    private static void assertSameJudgement(Walk realTime, Walk onboarded) {
        Map<String, List<String>> expected = judgement(realTime);
        Map<String, List<String>> actual = judgement(onboarded);
        assertFalse(expected.get("deadlines").isEmpty(), "the walk reaches the pack's deadlines");
        expected.forEach((part, lines) -> assertEquals(lines, actual.get(part), part));
    }

    /**
     * Deadlines, current findings and next steps as text, one per line, sorted, with the project's and each
     * contract's id replaced (the two projects have different ids).
     */
    private static Map<String, List<String>> judgement(Walk w) {
        ExtractableResponse<Response> r = w.project("contracts { id kind }"
                + " deadlines { ruleCode subject opensOn due status metOn citation { text } }"
                + " currentFindings { code severity citation { text } messageEn }"
                + " nextSteps { stage ruleCode code citation { text } messageEn }"
                + " omFundingEligibility { eligible refusals { code citation { text } messageEn } }"
                + " history { from to effectiveOn }")
                .body("errors", nullValue()).extract();
        Map<String, String> kindOf = r.<List<Map<String, String>>>path("data.project.contracts").stream()
                .collect(Collectors.toMap(c -> c.get("id"), c -> "contract:" + c.get("kind"), (a, b) -> a, HashMap::new));
        kindOf.put(w.projectId, "<project>");
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("deadlines", lines(r, "deadlines", kindOf, "ruleCode", "subject", "opensOn", "due", "status", "metOn"));
        out.put("findings", lines(r, "currentFindings", kindOf, "code", "severity", "messageEn"));
        out.put("nextSteps", lines(r, "nextSteps", kindOf, "stage", "ruleCode", "code", "messageEn"));
        out.put("omFundingRefusals", lines(r, "omFundingEligibility.refusals", kindOf, "code", "messageEn"));
        // the DRAFT record's creation is not an act: the real-time project was created on its first act's day
        out.put("history", r.<List<Map<String, String>>>path("data.project.history").stream()
                .filter(t -> !"DRAFT".equals(t.get("to"))).map(t -> t.get("from") + " -> " + t.get("to") + " on "
                        + t.get("effectiveOn")).toList());
        return out;
    }

    private static List<String> lines(ExtractableResponse<Response> r, String field, Map<String, String> kindOf,
                                      String... keys) {
        List<Map<String, Object>> items = r.path("data.project." + field);
        return (items == null ? List.<Map<String, Object>>of() : items).stream().map(item -> {
            StringBuilder line = new StringBuilder();
            for (String key : keys) {
                line.append(key).append('=').append(item.get(key)).append(' ');
            }
            line.append('(').append(((Map<?, ?>) item.get("citation")).get("text")).append(')');
            String text = line.toString();
            for (Map.Entry<String, String> contract : kindOf.entrySet()) {
                text = text.replace(contract.getKey(), contract.getValue());
            }
            return text;
        }).sorted().toList();
    }

    private static String contractId(Walk w, String kind) {
        return w.project("contracts { id kind }").extract()
                .path("data.project.contracts.find { it.kind == '" + kind + "' }.id");
    }

    private static void assertDeadline(Walk w, String ruleCode, String subject, String opensOn, String due,
                                       String status, String metOn, String citation) {
        String path = "data.project.deadlines.find { it.ruleCode == '" + ruleCode + "' && it.subject == '" + subject
                + "' }";
        w.project("deadlines { ruleCode subject opensOn due status metOn citation { text } }")
                .body(path + ".due", equalTo(due))
                .body(path + ".opensOn", equalTo(opensOn))
                .body(path + ".status", equalTo(status))
                .body(path + ".metOn", equalTo(metOn))
                .body(path + ".citation.text", equalTo(citation));
    }

    /** The history shows each act on its legal date, every move recorded today (audit time). */
    private static void assertHistory(Walk w, String today, Map<String, String> effectiveOn) {
        var history = w.project("history { to effectiveOn at }").body("errors", nullValue());
        effectiveOn.forEach((stage, on) -> history.body(
                "data.project.history.find { it.to == '" + stage + "' }.effectiveOn", equalTo(on)));
        history.body("data.project.history.at", everyItem(startsWith(today)));
    }
}
