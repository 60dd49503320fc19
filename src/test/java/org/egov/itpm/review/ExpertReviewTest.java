package org.egov.itpm.review;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Expert steps need their panel and signed opinions (D4); review acts carry legal dates (issue #13 item 1). */
@QuarkusTest
class ExpertReviewTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void jianshanArgumentationCannotOpenWithoutExpertsNorPassBeforeEveryExpertHasSigned() {
        Walk w = Walk.start(TestTokens.JS_STAFF, TestTokens.JS_AUTHORITY, "尖山区空专家组", "2000000.00",
                "CONSTRUCTION", "FISCAL").library().apply();
        open(w, "EXPERT_ARGUMENTATION").body("errors[0].extensions.code", equalTo("EXPERT_PANEL_TOO_SMALL"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("jianshan-2024 item 3"));
        w.project("reviews { id }").body("data.project.reviews.size()", equalTo(0));

        String round = open(w, "EXPERT_ARGUMENTATION", Experts.ZHAO).body("errors", nullValue())
                .extract().path("data.openReview.id");
        conclude(w, round, true, null).body("errors[0].extensions.code", equalTo("EXPERT_OPINIONS_MISSING"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("jianshan-2024 item 3"));
        sign(Experts.ZHAO, round, null).body("errors", nullValue());
        conclude(w, round, true, null).body("data.concludeReview.status", equalTo("PASSED"))
                .body("data.concludeReview.concludedOn", equalTo("2026-03-02"));
    }

    @Test
    void jiangxiExpertEvaluationNeedsAnExpertButTheJointReviewOfTheOfficesDoesNot() {
        Walk w = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "江西空专家组", "2000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD", "CONSTRUCTION_PLAN").library().apply();
        open(w, "EXPERT_ARGUMENTATION").body("errors[0].extensions.code", equalTo("EXPERT_PANEL_TOO_SMALL"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("jiangxi-2024 art.18"));
        w.passReview("EXPERT_ARGUMENTATION", Experts.CHEN).passReview("JOINT_REVIEW");
        w.project("reviews { type status }").body("data.project.reviews.status", equalTo(List.of("PASSED", "PASSED")));
    }

    @Test
    void qufuReviewsRecordedLateCountFromTheirLegalDatesInTheOrderCheck() {
        TestClock.setShanghai("2026-02-02T09:00");
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "补录评审", "1000000.00", "CONSTRUCTION",
                "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        TestClock.setShanghai("2026-03-02T09:00");
        // Entered in the wrong click order: the technical review first, the demand review after it.
        String technical = open(w, "TECHNICAL_REVIEW", Experts.LI).extract().path("data.openReview.id");
        sign(Experts.LI, technical, "2026-02-20").body("data.addExpertOpinion.signedOn", equalTo("2026-02-20"));
        conclude(w, technical, true, "2026-03-03").body("errors[0].extensions.details.fieldErrors[0].code",
                equalTo("DATE_IN_FUTURE"));
        conclude(w, technical, true, "2026-02-01").body("errors[0].extensions.details.fieldErrors[0].code",
                equalTo("BEFORE_APPLICATION"));
        conclude(w, technical, true, "2026-02-19").body("errors[0].extensions.details.fieldErrors[0].code",
                equalTo("BEFORE_OPINION"));
        conclude(w, technical, true, "2026-02-20").body("data.concludeReview.concludedOn", equalTo("2026-02-20"));
        String demand = open(w, "DEMAND_REVIEW", Experts.ZHANG).extract().path("data.openReview.id");
        sign(Experts.ZHANG, demand, "2026-02-10").body("errors", nullValue());
        conclude(w, demand, true, "2026-02-10").body("errors", nullValue());

        w.uploadAll("CONSTRUCTION_PLAN", "CRYPTO_APPLICATION_PLAN");
        w.approval("authority-approver", "PROJECT_APPROVAL", "1000000.00", "2026-03-02");
        w.advance("authority-approver", "APPROVED");
        w.project("reviews { type concludedOn opinions { signedOn } }")
                .body("data.project.reviews.find { it.type == 'DEMAND_REVIEW' }.concludedOn", equalTo("2026-02-10"));
    }

    @Test
    void qufuReviewsWhoseLegalDatesAreOutOfOrderAreRefusedAtApprovalCitingArt6() {
        TestClock.setShanghai("2026-02-02T09:00");
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "评审顺序倒置", "1000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        TestClock.setShanghai("2026-03-02T09:00");
        // Clicked in the right order, but the technical review's meeting came before the demand review's.
        String demand = open(w, "DEMAND_REVIEW", Experts.ZHANG).extract().path("data.openReview.id");
        sign(Experts.ZHANG, demand, "2026-02-20").body("errors", nullValue());
        conclude(w, demand, true, "2026-02-20").body("errors", nullValue());
        String technical = open(w, "TECHNICAL_REVIEW", Experts.LI).extract().path("data.openReview.id");
        sign(Experts.LI, technical, "2026-02-10").body("errors", nullValue());
        conclude(w, technical, true, "2026-02-10").body("errors", nullValue());

        w.uploadAll("CONSTRUCTION_PLAN", "CRYPTO_APPLICATION_PLAN");
        w.approval("authority-approver", "PROJECT_APPROVAL", "1000000.00", "2026-03-02");
        w.tryAdvance("authority-approver", "APPROVED")
                .body("errors[0].extensions.details.reasons.code", hasItem("REVIEW_OUT_OF_ORDER"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("qufu-2024 art.6"));
    }

    private static ValidatableResponse open(Walk w, String type, Person... experts) {
        List<String> panel = java.util.Arrays.stream(experts).map(Person::username).toList();
        return GraphQL.postAs(w.as("authority-reviewer"), """
                mutation($id: ID!, $type: ReviewType!, $panel: [String]) {
                  openReview(projectId: $id, type: $type, panel: $panel, appointmentReason: "专项指定") { id } }""",
                Map.of("id", w.projectId, "type", type, "panel", panel));
    }

    private static ValidatableResponse sign(Person expert, String reviewId, String signedOn) {
        return GraphQL.postAs(expert, """
                mutation($r: ID!, $on: Date) {
                  addExpertOpinion(reviewId: $r, conclusion: APPROVE, text: "同意", signedOn: $on) { id signedOn } }""",
                signedOn == null ? Map.of("r", reviewId) : Map.of("r", reviewId, "on", signedOn));
    }

    private static ValidatableResponse conclude(Walk w, String reviewId, boolean passed, String concludedOn) {
        return GraphQL.postAs(w.as("authority-reviewer"), """
                mutation($r: ID!, $p: Boolean!, $on: Date) {
                  concludeReview(reviewId: $r, passed: $p, conclusion: "结论", concludedOn: $on) {
                    status concludedOn } }""",
                concludedOn == null ? Map.of("r", reviewId, "p", passed)
                        : Map.of("r", reviewId, "p", passed, "on", concludedOn));
    }
}
