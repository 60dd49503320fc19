package org.egov.itpm.review;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The configurable cool-down of panel draws (ITPM_REVIEW_DRAW_COOLDOWN_DAYS, ADR 0011): an expert seated on a panel
 * of a unit's project is not drawn for the same unit's panels within the period, but still for other units'.
 */
@QuarkusTest
@TestProfile(PanelDrawCooldownTest.Cooldown30Days.class)
class PanelDrawCooldownTest {

    /** Cool-down of 30 days. */
    public static class Cooldown30Days implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("itpm.review.draw.cooldown-days", "30");
        }
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void anExpertSeatedOnTheUnitsPanelIsNotDrawnForItAgainWithinTheCooldownButIsForAnotherUnitAndAfterIt() {
        TestClock.setShanghai("2026-03-02T09:00");
        Walk first = applied(TestTokens.QUFU_STAFF, "冷却期一");
        GraphQL.postAs(first.as("authority-reviewer"), "mutation($id: ID!) { openReview(projectId: $id,"
                + " type: DEMAND_REVIEW, panel: [\"expert-zhang\"], appointmentReason: \"指定\") { id } }",
                Map.of("id", first.projectId)).body("errors", nullValue());

        TestClock.setShanghai("2026-03-20T09:00");
        Walk sameUnit = applied(TestTokens.QUFU_STAFF, "冷却期二");
        draw(sameUnit).body("errors", nullValue())
                .body("data.drawExpertPanel.candidates", not(hasItem("expert-zhang")))
                .body("data.drawExpertPanel.excluded.find { it.ground == 'COOLDOWN' }.count", equalTo(1));
        Walk otherUnit = applied(TestTokens.QUFU_HEALTH_STAFF, "冷却期其他单位");
        draw(otherUnit).body("errors", nullValue())
                .body("data.drawExpertPanel.candidates", hasItem("expert-zhang"));

        TestClock.setShanghai("2026-04-02T09:00");
        Walk later = applied(TestTokens.QUFU_STAFF, "冷却期满");
        draw(later).body("errors", nullValue()).body("data.drawExpertPanel.candidates", hasItem("expert-zhang"));
    }

    private static Walk applied(Person unit, String name) {
        Walk w = Walk.start(unit, TestTokens.QUFU_APPROVER, name, "1000000.00", "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        return w;
    }

    private static ValidatableResponse draw(Walk w) {
        String round = GraphQL.postAs(w.as("authority-reviewer"), "mutation($id: ID!) { openReview(projectId: $id,"
                + " type: DEMAND_REVIEW, drawPanel: true) { id } }", Map.of("id", w.projectId))
                .body("errors", nullValue()).extract().path("data.openReview.id");
        return GraphQL.postAs(w.as("authority-reviewer"), """
                mutation($r: ID!, $f: [ExpertField!]!) { drawExpertPanel(reviewId: $r, fields: $f, count: 1) {
                  candidates excluded { ground count } } }""", Map.of("r", round, "f", List.of("SOFTWARE", "DATA")));
    }
}
