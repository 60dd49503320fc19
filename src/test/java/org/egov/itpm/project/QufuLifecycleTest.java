package org.egov.itpm.project;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Qufu (qufu-2024): 需求评审 then 技术评审, 建设方案 + 密码应用方案 always, FSR from 5,000,000 (art.6). */
@QuarkusTest
class QufuLifecycleTest {

    static final Person ZHANG = new Person("expert-zhang", List.of("expert"), null, "370881");
    static final Person LI = new Person("expert-li", List.of("expert"), null, "370881");

    @Test
    void shouldWalkFromDraftToApprovedWithTheRequiredStepsInOrder() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "曲阜市智慧校园", "6000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        w.project("stage policyPackId").body("data.project.stage", equalTo("APPLIED"))
                .body("data.project.policyPackId", equalTo("qufu-2024"));
        w.passReview("DEMAND_REVIEW", ZHANG).passReview("TECHNICAL_REVIEW", ZHANG, LI);
        w.uploadAll("CONSTRUCTION_PLAN", "CRYPTO_APPLICATION_PLAN", "FEASIBILITY_STUDY_REPORT");
        w.approval("authority-approver", "PROJECT_APPROVAL", "5800000.00");
        w.advance("authority-approver", "APPROVED");
        w.project("stage history { from to actor }")
                .body("data.project.stage", equalTo("APPROVED"))
                .body("data.project.history.to", hasItems("DRAFT", "LIBRARY", "APPLIED", "IN_REVIEW", "APPROVED"));
    }

    /** D1: art.18 puts an approved (立项) project into the library, so skipping LIBRARY does not block art.22 funding. */
    @Test
    void shouldFundAProjectThatSkippedTheLibraryOnceApproved() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "曲阜市直报项目", "3000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").apply();
        w.passReview("DEMAND_REVIEW", ZHANG).passReview("TECHNICAL_REVIEW", ZHANG, LI);
        w.uploadAll("CONSTRUCTION_PLAN", "CRYPTO_APPLICATION_PLAN");
        w.approval("authority-approver", "PROJECT_APPROVAL", "3000000.00");
        w.advance("authority-approver", "APPROVED").advance("finance-officer", "FUNDED");
        w.project("stage history { to }").body("data.project.stage", equalTo("FUNDED"))
                .body("data.project.history.to", not(hasItem("LIBRARY")));
    }

    @Test
    void shouldRefuseApprovalListingEveryMissingStepWithPackAndArticle() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "曲阜市政务大厅改造", "6000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        w.passReview("DEMAND_REVIEW", ZHANG);
        w.tryAdvance("authority-approver", "APPROVED")
                .body("errors[0].extensions.code", equalTo("STAGE_TRANSITION_NOT_ALLOWED"))
                .body("errors[0].extensions.status", equalTo(422))
                .body("errors[0].extensions.details.reasons.citation", hasItems("qufu-2024 art.6", "qufu-2024 art.16"))
                .body("errors[0].extensions.details.reasons.code", hasItem("REVIEW_MISSING"))
                .body("errors[0].extensions.details.reasons.code", hasItem("DOCUMENT_MISSING"));
        w.project("stage history { to }").body("data.project.stage", equalTo("IN_REVIEW"))
                .body("data.project.history.to", not(hasItem("APPROVED")));
    }

    @Test
    void shouldRefuseApplicationWithoutCollectiveDecision() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "无集体决策项目", "100000.00",
                "CONSTRUCTION", "FISCAL");
        w.library();
        w.tryApply().body("errors[0].extensions.code", equalTo("STAGE_TRANSITION_NOT_ALLOWED"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("qufu-2024 art.8"));
    }

    @Test
    void shouldNotRequireFeasibilityStudyBelowFiveMillion() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "小额项目", "4999999.99",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        w.passReview("DEMAND_REVIEW", ZHANG).passReview("TECHNICAL_REVIEW", LI);
        w.uploadAll("CONSTRUCTION_PLAN", "CRYPTO_APPLICATION_PLAN");
        w.approval("authority-approver", "PROJECT_APPROVAL", null);
        w.advance("authority-approver", "APPROVED");
    }

    @Test
    void shouldRefuseAdvanceByARoleThatDoesNotOwnTheStep() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "越权测试", "100000.00",
                "CONSTRUCTION", "FISCAL");
        w.tryAdvance("unit-lead", "APPROVED").body("errors[0].extensions.code", equalTo("STAGE_NOT_ALLOWED_FOR_ROLE"));
    }
}
