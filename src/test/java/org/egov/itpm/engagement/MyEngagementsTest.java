package org.egov.itpm.engagement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** myEngagements is a bounded page: newest first by validFrom, at most `first`, optionally one period. */
@QuarkusTest
class MyEngagementsTest {

    /** A demo supervisor no other test engages (keycloak/demo/itpm-demo-users.json). */
    static final Person SUPERVISOR = new Person("ws-supervisor", List.of("supervisor"), null, "500237");
    static final String MINE = "query($first: Int, $period: EngagementPeriod) { myEngagements(first: $first,"
            + " period: $period) { projectName validFrom validTo period } }";

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    @Test
    void newestFirstAtMostFirstAndOfOnePeriod() {
        TestClock.setShanghai("2026-01-05T09:00");
        Walk ended = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "我的参与-已结束", "100.00", "CONSTRUCTION", "FISCAL");
        Walk older = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "我的参与-较早", "100.00", "CONSTRUCTION", "FISCAL");
        Walk newest = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "我的参与-最新", "100.00", "CONSTRUCTION", "FISCAL");
        TestClock.setShanghai("2026-01-20T09:00");
        engage(ended, "2026-01-06", "2026-01-10");
        engage(older, "2026-01-08", null);
        engage(newest, "2026-01-12", null);
        TestClock.setShanghai("2026-02-01T09:00");

        mine(null, null).body("data.myEngagements.projectName", contains("我的参与-最新", "我的参与-较早", "我的参与-已结束"))
                .body("data.myEngagements.period", contains("ACTIVE", "ACTIVE", "ENDED"));
        mine(2, null).body("data.myEngagements.projectName", contains("我的参与-最新", "我的参与-较早"));
        mine(null, "ENDED").body("data.myEngagements.projectName", contains("我的参与-已结束"))
                .body("data.myEngagements[0].validTo", equalTo("2026-01-10"));
        mine(1, "ACTIVE").body("data.myEngagements.projectName", contains("我的参与-最新"));
        mine(null, "NOT_STARTED").body("data.myEngagements", equalTo(List.of()));
    }

    @Test
    void aPageSizeOutsideOneTo500IsRefused() {
        for (int first : new int[] {0, 501}) {
            mine(first, null).body("data.myEngagements", nullValue())
                    .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                    .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("INVALID_PAGE_SIZE"))
                    .body("errors[0].extensions.details.fieldErrors[0].field", equalTo("first"));
        }
    }

    private static void engage(Walk project, String from, String to) {
        Map<String, Object> input = new HashMap<>(Map.of("kind", "SUPERVISION", "username", SUPERVISOR.username(),
                "validFrom", from));
        if (to != null) {
            input.put("validTo", to);
        }
        GraphQL.postAs(TestTokens.QUFU_REVIEWER, "mutation($id: ID!, $in: EngagementInput!) { recordEngagement("
                + "projectId: $id, input: $in) { id } }", Map.of("id", project.projectId, "in", input))
                .body("errors", nullValue());
    }

    private static io.restassured.response.ValidatableResponse mine(Integer first, String period) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("first", first);
        vars.put("period", period);
        return GraphQL.postAs(SUPERVISOR, MINE, vars);
    }
}
