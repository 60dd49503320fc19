package org.egov.itpm.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egov.itpm.policy.rules.PanelDraw;
import org.egov.itpm.security.ExpertDirectory;
import org.egov.itpm.testsupport.DemoExpertDirectory;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The panel draw end to end over GraphQL (issue #15 item 2, ADR 0011), on the demo pool of
 * keycloak/demo/itpm-demo-users.json: Qufu 370881 has expert-zhang, -li, -meng (eligible for SOFTWARE/DATA),
 * expert-kong (works for 曲阜市教育和体育局, qufu-staff's unit) and expert-wang (not available).
 */
@QuarkusTest
class PanelDrawWalkTest {

    static final String DRAW = """
            mutation($r: ID!, $f: [ExpertField!]!, $c: Int, $s: String) {
              drawExpertPanel(reviewId: $r, fields: $f, count: $c, reserves: 1, seed: $s) {
                id seed candidates panel reserves shortfall poolStale poolAsOf excluded { ground count } } }""";

    @Inject
    ExpertDirectory directory;

    @AfterEach
    void restore() {
        DemoExpertDirectory.outage(false);
        directory.refresh();
        TestClock.reset();
    }

    @Test
    void aSeededDrawAvoidsTheApplyingUnitAndUnavailableExpertsAndReplaysToTheSamePanel() {
        Walk w = applied(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "抽取可复现");
        String round = openForDraw(w, "DEMAND_REVIEW");
        ValidatableResponse drawn = draw(w, round, List.of("SOFTWARE", "DATA"), 2, "42").body("errors", nullValue());
        List<String> candidates = drawn.extract().path("data.drawExpertPanel.candidates");
        assertThat(candidates).containsExactly("expert-li", "expert-meng", "expert-zhang");
        // The same function an auditor replays (tools/replay_panel_draw.py gives the same lists).
        PanelDraw.Result expected = PanelDraw.draw(candidates, 42L, 2, 1);
        assertThat(expected.panel()).containsExactly("expert-li", "expert-zhang");
        drawn.body("data.drawExpertPanel.panel", equalTo(expected.panel()))
                .body("data.drawExpertPanel.reserves", equalTo(List.of("expert-meng")))
                .body("data.drawExpertPanel.seed", equalTo("42"))
                .body("data.drawExpertPanel.poolStale", equalTo(false))
                .body("data.drawExpertPanel.excluded.find { it.ground == 'APPLYING_UNIT' }.count", equalTo(1))
                .body("data.drawExpertPanel.excluded.find { it.ground == 'UNAVAILABLE' }.count", equalTo(1));
        String drawId = drawn.extract().path("data.drawExpertPanel.id");

        replay(TestTokens.QUFU_REVIEWER, drawId).body("data.replayPanelDraw.matches", equalTo(true))
                .body("data.replayPanelDraw.replayedPanel", equalTo(expected.panel()));
        round(w).body("data.project.reviews[0].panel", equalTo(List.of()))
                .body("data.project.reviews[0].seats.state", equalTo(List.of("INVITED", "INVITED")))
                .body("data.project.reviews[0].manuallyAppointed", equalTo(false))
                .body("data.project.reviews[0].draws[0].seed", equalTo("42"));
    }

    @Test
    void drawnExpertsAcceptOrDeclineTheirOwnSeatsAndAReserveFillsADeclinedOne() {
        Walk w = applied(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "抽取答复");
        String round = openForDraw(w, "DEMAND_REVIEW");
        String drawId = draw(w, round, List.of("SOFTWARE", "DATA"), 2, "42").body("errors", nullValue())
                .extract().path("data.drawExpertPanel.id");
        // drawn: expert-li, expert-zhang; reserve: expert-meng

        // a reserve has no seat yet, so no engagement: the project stays out of its sight (issue #15)
        accept(Experts.MENG, round, null).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        accept(Experts.ZHANG, round, "expert-li").body("errors[0].extensions.code", equalTo("NOT_YOUR_SEAT"));
        sign(Experts.ZHANG, round).body("errors[0].extensions.code", equalTo("NOT_ON_PANEL"));

        accept(Experts.ZHANG, round, null).body("errors", nullValue())
                .body("data.acceptPanelSeat.panel.username", equalTo(List.of("expert-zhang")));
        accept(Experts.ZHANG, round, null).body("errors[0].extensions.code", equalTo("SEAT_ALREADY_ACCEPTED"));

        decline(Experts.LI, round, " ").body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors[0].field", equalTo("reason"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("REQUIRED"));
        decline(Experts.LI, round, "出差在外，无法参加").body("errors", nullValue())
                .body("data.declinePanelSeat.seats.find { it.username == 'expert-meng' }.state", equalTo("INVITED"))
                .body("data.declinePanelSeat.seats.find { it.username == 'expert-meng' }.replaces",
                        equalTo("expert-li"))
                .body("data.declinePanelSeat.seats.find { it.username == 'expert-li' }.declineReason",
                        equalTo("出差在外，无法参加"));
        // a declined seat engages no one (issue #15): the project is out of the expert's sight, not declinable again
        decline(Experts.LI, round, "再次").body("errors[0].extensions.code", equalTo("NOT_FOUND"));

        // The reserve declines too: no reserve left, the draw records the shortfall.
        decline(Experts.MENG, round, "与项目单位有业务往来").body("errors", nullValue());
        round(w).body("data.project.reviews[0].draws[0].shortfall", equalTo(1))
                .body("data.project.reviews[0].draws[0].reservesUsed", equalTo(1));
        // Drawing again: everyone eligible already holds or declined a seat in this round.
        draw(w, round, List.of("SOFTWARE", "DATA"), 1, null)
                .body("errors[0].extensions.code", equalTo("POOL_TOO_SMALL"))
                .body("errors[0].extensions.details.reasons[0].message.en", containsString("needed 1 experts, eligible 0"))
                .body("errors[0].extensions.details.reasons.code", hasItem("EXCLUDED_ALREADY_IN_ROUND"));

        sign(Experts.ZHANG, round).body("errors", nullValue());
        conclude(w, round).body("data.concludeReview.status", equalTo("PASSED"));
        w.project("auditTrail { action actor details }")
                .body("data.project.auditTrail.action", hasItems("DRAW", "SEAT_ACCEPT", "SEAT_DECLINE"));
        replay(TestTokens.QUFU_REVIEWER, drawId).body("data.replayPanelDraw.matches", equalTo(true));
    }

    @Test
    void theJiangxiPoolAvoidsTheUnitAndDeclaredConflictsAndNamesTheShortfallCitingArt18() {
        Walk w = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "江西抽取回避", "2000000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD", "CONSTRUCTION_PLAN").library().apply();
        conflict(Experts.CHEN, w.projectId, "曾参与该项目可研编制").body("errors", nullValue())
                .body("data.declareConflictOfInterest.expert", equalTo("expert-chen"));
        conflict(Experts.CHEN, w.projectId, "again").body("errors[0].extensions.code",
                equalTo("CONFLICT_ALREADY_DECLARED"));
        conflict(Experts.LIU, w.projectId, "").body("errors[0].extensions.details.fieldErrors[0].code",
                equalTo("REQUIRED"));

        String round = openForDraw(w, "EXPERT_ARGUMENTATION");
        // Pool: chen (conflict), liu, huang (works for 江西省人社厅, the applying unit).
        draw(w, round, List.of("SOFTWARE"), 2, "7").body("errors[0].extensions.code", equalTo("POOL_TOO_SMALL"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo("jiangxi-2024 art.18"))
                .body("errors[0].extensions.details.reasons[0].message.en",
                        containsString("needed 2 experts, eligible 1"))
                .body("errors[0].extensions.details.reasons.code",
                        hasItems("EXCLUDED_APPLYING_UNIT", "EXCLUDED_CONFLICT_DECLARED"));
        // count defaults to the pack's minimum for the expert step (jiangxi-2024 art.18: 1).
        draw(w, round, List.of("SOFTWARE"), null, "7").body("errors", nullValue())
                .body("data.drawExpertPanel.panel", equalTo(List.of("expert-liu")));
        draw(w, round, List.of("SOFTWARE"), null, null).body("errors[0].extensions.code", equalTo("PANEL_COMPLETE"));
        conclude(w, round).body("errors[0].extensions.code", equalTo("EXPERT_PANEL_TOO_SMALL"));
        accept(Experts.LIU, round, "expert-liu").body("errors", nullValue());
        sign(Experts.LIU, round).body("errors", nullValue());
        conclude(w, round).body("data.concludeReview.status", equalTo("PASSED"));
    }

    @Test
    void whenKeycloakIsDownTheDrawUsesTheLastGoodPoolAndSaysSo() {
        Instant goodCopy = directory.refresh().asOf();
        assertThat(directory.pool().stale()).isFalse();
        DemoExpertDirectory.outage(true);
        assertThat(directory.refresh().stale()).isTrue();

        Walk w = applied(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "专家库离线抽取");
        String round = openForDraw(w, "DEMAND_REVIEW");
        draw(w, round, List.of("SOFTWARE", "DATA"), 2, "42").body("errors", nullValue())
                .body("data.drawExpertPanel.poolStale", equalTo(true))
                .body("data.drawExpertPanel.poolAsOf", equalTo(goodCopy.toString()))
                .body("data.drawExpertPanel.panel", equalTo(List.of("expert-li", "expert-zhang")));
    }

    @Test
    void aPanelTypedInByHandNeedsANamedReasonAndFlagsTheRound() {
        Walk w = applied(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "指定专家");
        String open = """
                mutation($id: ID!, $reason: String) { openReview(projectId: $id, type: DEMAND_REVIEW,
                  panel: ["expert-zhang"], appointmentReason: $reason) {
                    id manuallyAppointed appointmentReason appointedBy panel { username state } } }""";
        Map<String, Object> vars = new HashMap<>(Map.of("id", w.projectId));
        GraphQL.postAs(w.as("authority-reviewer"), open, vars)
                .body("errors[0].extensions.details.fieldErrors[0].field", equalTo("appointmentReason"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("REQUIRED"));
        vars.put("reason", "x".repeat(2_001));
        GraphQL.postAs(w.as("authority-reviewer"), open, vars)
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("TOO_LONG"));
        vars.put("reason", "涉及教育专网，仅该专家具备资质");
        GraphQL.postAs(w.as("authority-reviewer"), open, vars).body("errors", nullValue())
                .body("data.openReview.manuallyAppointed", equalTo(true))
                .body("data.openReview.appointmentReason", equalTo("涉及教育专网，仅该专家具备资质"))
                .body("data.openReview.appointedBy", notNullValue())
                .body("data.openReview.panel[0].state", equalTo("APPOINTED"));
        w.project("auditTrail { action details }").body("data.project.auditTrail.find { it.action == 'OPEN' }.details",
                containsString("涉及教育专网"));
    }

    @Test
    void onlyTheJurisdictionsAuthorityDrawsAndOnlyItsSeatsExpertAnswers() {
        Walk w = applied(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "抽取权限");
        String round = openForDraw(w, "DEMAND_REVIEW");
        Map<String, Object> vars = Map.of("r", round, "f", List.of("SOFTWARE"), "c", 1, "s", "42");
        GraphQL.postAs(TestTokens.JX_AUTHORITY, DRAW, vars).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.postAs(TestTokens.QUFU_STAFF, DRAW, vars).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.postAs(TestTokens.QUFU_REVIEWER, DRAW, vars).body("errors", nullValue());
        accept(Experts.CHEN, round, null).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    private static Walk applied(Person unit, Person authority, String name) {
        Walk w = Walk.start(unit, authority, name, "1000000.00", "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        return w;
    }

    private static String openForDraw(Walk w, String type) {
        return GraphQL.postAs(w.as("authority-reviewer"), "mutation($id: ID!) { openReview(projectId: $id, type: "
                + type + ", drawPanel: true) { id } }", Map.of("id", w.projectId)).body("errors", nullValue())
                .extract().path("data.openReview.id");
    }

    private static ValidatableResponse draw(Walk w, String round, List<String> fields, Integer count, String seed) {
        Map<String, Object> vars = new HashMap<>(Map.of("r", round, "f", fields));
        vars.put("c", count);
        vars.put("s", seed);
        return GraphQL.postAs(w.as("authority-reviewer"), DRAW, vars);
    }

    private static ValidatableResponse replay(Person who, String drawId) {
        return GraphQL.postAs(who, "query($d: ID!) { replayPanelDraw(drawId: $d) { matches replayedPanel } }",
                Map.of("d", drawId));
    }

    private static ValidatableResponse round(Walk w) {
        return w.project("reviews { panel { username } manuallyAppointed seats { username state replaces }"
                + " draws { seed shortfall reservesUsed } }");
    }

    private static ValidatableResponse accept(Person expert, String round, String username) {
        Map<String, Object> vars = new HashMap<>(Map.of("r", round));
        vars.put("u", username);
        return GraphQL.postAs(expert, "mutation($r: ID!, $u: String) { acceptPanelSeat(reviewId: $r, username: $u)"
                + " { panel { username } } }", vars);
    }

    private static ValidatableResponse decline(Person expert, String round, String reason) {
        return GraphQL.postAs(expert, "mutation($r: ID!, $why: String!) { declinePanelSeat(reviewId: $r, reason: $why)"
                + " { seats { username state replaces declineReason } } }", Map.of("r", round, "why", reason));
    }

    private static ValidatableResponse conflict(Person expert, String projectId, String reason) {
        return GraphQL.postAs(expert, "mutation($p: ID!, $why: String!) { declareConflictOfInterest(projectId: $p,"
                + " reason: $why) { expert reason } }", Map.of("p", projectId, "why", reason));
    }

    private static ValidatableResponse sign(Person expert, String round) {
        return GraphQL.postAs(expert, "mutation($r: ID!) { addExpertOpinion(reviewId: $r, conclusion: APPROVE,"
                + " text: \"同意\") { id } }", Map.of("r", round));
    }

    private static ValidatableResponse conclude(Walk w, String round) {
        return GraphQL.postAs(w.as("authority-reviewer"), "mutation($r: ID!) { concludeReview(reviewId: $r,"
                + " passed: true, conclusion: \"通过\") { status } }", Map.of("r", round));
    }
}
