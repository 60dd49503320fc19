package org.egov.itpm.project;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DRAFT → APPROVED under jianshan-2024, wushan-2022, baotou-2024 and jiangxi-2024, and their refusals. */
@QuarkusTest
class OtherPacksLifecycleTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void jianshanNeedsSignedExpertArgumentationThenFsrDesignAndEndorsementInOrder() {
        Walk w = Walk.start(TestTokens.JS_STAFF, TestTokens.JS_AUTHORITY, "尖山区政务服务平台", "2000000.00",
                "CONSTRUCTION", "FISCAL").library().apply();
        w.passReviewWithOpinionDocuments("EXPERT_ARGUMENTATION", null, Experts.ZHAO);
        w.uploadAll("DATA_SHARING_CHAPTER", "INFORMATION_RESOURCE_CATALOGUE");
        w.approval("ndrc-approver", "FEASIBILITY_STUDY", "2000000.00", "2026-02-01");
        w.tryAdvance("authority-approver", "APPROVED")
                .body("errors[0].extensions.details.reasons.citation", hasItems("jianshan-2024 item 4",
                        "jianshan-2024 item 9"));
        w.approval("ndrc-approver", "PRELIMINARY_DESIGN", "1950000.00", "2026-02-10");
        w.approval("authority-approver", "GOVERNMENT_ENDORSEMENT", null, "2026-02-20");
        w.advance("authority-approver", "APPROVED");
    }

    @Test
    void wushanBelowThirtyMillionNeedsFsrAndEstimateButNoPreliminaryDesign() {
        Walk w = Walk.start(TestTokens.WS_STAFF, TestTokens.WS_AUTHORITY, "巫山县智慧农业", "29999999.99",
                "CONSTRUCTION", "FISCAL").library();
        w.tryApply().body("errors[0].extensions.details.reasons.citation", hasItem("wushan-2022 art.8"));
        w.uploadAll("INFORMATION_RESOURCE_CATALOGUE").apply();
        w.passReview("THIRD_PARTY_ASSESSMENT");
        w.uploadAs(w.as("evaluator"), "THIRD_PARTY_ASSESSMENT_REPORT");
        w.approval("ndrc-approver", "FEASIBILITY_STUDY", "29000000.00", "2026-02-01");
        w.approval("ndrc-approver", "BUDGET_ESTIMATE", "28000000.00", "2026-02-02");
        w.advance("authority-approver", "APPROVED");
    }

    @Test
    void wushanFromThirtyMillionNeedsPreliminaryDesignAfterFsr() {
        Walk w = Walk.start(TestTokens.WS_STAFF, TestTokens.WS_AUTHORITY, "巫山县数据中台", "30000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("INFORMATION_RESOURCE_CATALOGUE").library().apply();
        w.passReview("THIRD_PARTY_ASSESSMENT");
        w.uploadAs(w.as("evaluator"), "THIRD_PARTY_ASSESSMENT_REPORT");
        w.approval("ndrc-approver", "FEASIBILITY_STUDY", "31000000.00", "2026-02-01");
        w.approval("ndrc-approver", "BUDGET_ESTIMATE", "30500000.00", "2026-02-05");
        w.tryAdvance("authority-approver", "APPROVED")
                .body("errors[0].extensions.code", equalTo("STAGE_TRANSITION_NOT_ALLOWED"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("wushan-2022 art.9"));
        // art.8: the big-data centre (authority-approver), not the NDRC, reviews the 初步设计方案
        w.approval("authority-approver", "PRELIMINARY_DESIGN", "30500000.00", "2026-02-05");
        w.advance("authority-approver", "APPROVED");
    }

    @Test
    void baotouNeedsEligibilityPlanReviewAndTheApprovalChain() {
        Walk w = Walk.start(TestTokens.BT_STAFF, TestTokens.BT_AUTHORITY, "包头市公安大数据", "3000000.00",
                "CONSTRUCTION", "FISCAL").library();
        w.tryApply().body("errors[0].extensions.details.reasons.citation", hasItem("baotou-2024 art.9"));
        w.attest("MEETS_DIGITAL_GOVERNMENT_PLAN", "CLEAR_NEEDS_AND_SOUND_DESIGN", "MEETS_SHARING_AND_INTENSIVE_BUILD");
        w.apply();
        w.passReview("EXPERT_ARGUMENTATION", Experts.ZHOU);
        w.approval("authority-approver", "PROJECT_PROPOSAL", null, "2026-01-10");
        w.approval("authority-approver", "FEASIBILITY_STUDY", "3000000.00", "2026-01-20");
        w.approval("authority-approver", "PRELIMINARY_DESIGN", "2900000.00", "2026-02-01");
        w.tryAdvance("authority-approver", "APPROVED")
                .body("errors[0].extensions.details.reasons.citation", hasItems("baotou-2024 art.8", "baotou-2024 art.11"));
        w.approval("authority-approver", "BUDGET_ESTIMATE", "2900000.00", "2026-02-01");
        w.annualPlan("ndrc-approver", 2026, "2900000.00");
        w.advance("authority-approver", "APPROVED");
    }

    @Test
    void baotouRefusesApplicationWhenAnExclusionGroundApplies() {
        Walk w = Walk.start(TestTokens.BT_STAFF, TestTokens.BT_AUTHORITY, "包头市新建机房", "3000000.00",
                "CONSTRUCTION", "FISCAL").library();
        w.attest("MEETS_DIGITAL_GOVERNMENT_PLAN", "CLEAR_NEEDS_AND_SOUND_DESIGN", "MEETS_SHARING_AND_INTENSIVE_BUILD");
        w.tryExclusion("NEW_INFRASTRUCTURE").body("errors", org.hamcrest.Matchers.nullValue());
        w.tryApply().body("errors[0].extensions.details.reasons.citation", hasItem("baotou-2024 art.10"));
    }

    @Test
    void baotouPackIsReportedExpiredAfterItsTrialPeriod() {
        TestClock.setShanghai("2026-12-01T09:00");
        Walk w = Walk.start(TestTokens.BT_STAFF, TestTokens.BT_AUTHORITY, "到期后申报", "100000.00",
                "CONSTRUCTION", "FISCAL").library();
        w.tryApply().body("errors[0].extensions.code", equalTo("POLICY_PACK_NOT_IN_FORCE"))
                .body("errors[0].extensions.details.reasons[0].code", equalTo("PACK_EXPIRED_NO_SUCCESSOR"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo("baotou-2024 art.29"));
        w.project("stage policyPackStatus").body("data.project.stage", equalTo("LIBRARY"))
                .body("data.project.policyPackStatus", equalTo("EXPIRED"));
    }

    @Test
    void jiangxiNeedsExpertEvaluationBeforeJointReviewThenNdrcApproval() {
        Walk w = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "江西省社保一体化", "8000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD", "CONSTRUCTION_PLAN").library().apply();
        w.passReview("JOINT_REVIEW");
        w.approval("ndrc-approver", "PROJECT_APPROVAL", "8000000.00", "2026-03-02");
        w.tryAdvance("ndrc-approver", "APPROVED")
                .body("errors[0].extensions.details.reasons.citation", hasItem("jiangxi-2024 art.18"));
    }

    /** D2: an out-of-order joint review is cured by repeating it after the expert evaluation (art.18). */
    @Test
    void jiangxiJointReviewBeforeTheExpertEvaluationIsCuredByRepeatingIt() {
        Walk w = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "江西省政务数据重审", "8000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD", "CONSTRUCTION_PLAN").library().apply();
        w.passReview("JOINT_REVIEW");
        TestClock.setShanghai("2026-03-03T09:00");
        w.passReview("EXPERT_ARGUMENTATION", Experts.CHEN, Experts.LIU);
        w.approval("ndrc-approver", "PROJECT_APPROVAL", "8000000.00", "2026-03-03");
        w.tryAdvance("ndrc-approver", "APPROVED")
                .body("errors[0].extensions.details.reasons.code", hasItem("REVIEW_OUT_OF_ORDER"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("jiangxi-2024 art.18"));
        w.passReview("JOINT_REVIEW");
        w.advance("ndrc-approver", "APPROVED");
    }

    @Test
    void jiangxiWalksToApprovedInTheRightOrder() {
        Walk w = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "江西省人社数据共享", "8000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD", "CONSTRUCTION_PLAN").library().apply();
        w.passReview("EXPERT_ARGUMENTATION", Experts.CHEN, Experts.LIU);
        w.passReview("JOINT_REVIEW");
        w.approval("ndrc-approver", "PROJECT_APPROVAL", "8000000.00", "2026-03-02");
        w.advance("ndrc-approver", "APPROVED");
    }
}
