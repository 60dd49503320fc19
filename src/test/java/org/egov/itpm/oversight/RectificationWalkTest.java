package org.egov.itpm.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rectification walk per pack that names a measure (issue #18): order → report → accept; order → missed (a
 * deadline of the project and a finding) → escalated to every measure the pack names, the funding block and its
 * lift included, each citing the article; a measure the pack does not name is refused, cited.
 */
@QuarkusTest
class RectificationWalkTest {

    static final String ORDER = """
            mutation($id: ID!, $input: RectificationOrderInput!) {
              issueRectificationOrder(projectId: $id, input: $input) { id state dueOn citation { text } } }""";
    static final String REPORT = """
            mutation($id: ID!, $on: Date) { reportRectification(orderId: $id, text: "已整改", on: $on) { state } }""";
    static final String ACCEPT = """
            mutation($id: ID!) { acceptRectification(orderId: $id, text: "整改到位") { state history { action } } }""";
    static final String ESCALATE = """
            mutation($id: ID!, $m: String!) { escalateRectification(orderId: $id, measure: $m, text: "逾期不整改") {
              state escalations { id measure kind effect inForce citation { text } } } }""";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static Stream<Arguments> packs() {
        return Stream.of(
                Arguments.of(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "art.41", "qufu-2024 art.41",
                        List.of("NOTICE_OF_CRITICISM", "DEFER_INVESTMENT_PLAN", "SUSPEND_CONSTRUCTION", "TERMINATE"),
                        "NOTICE"),
                Arguments.of(TestTokens.WS_STAFF, TestTokens.WS_AUTHORITY, "art.29", "wushan-2022 art.29",
                        List.of("NOTICE_OF_CRITICISM", "DEFER_INVESTMENT_PLAN", "SUSPEND_CONSTRUCTION", "TERMINATE"),
                        "NOTICE"),
                Arguments.of(TestTokens.BT_STAFF, TestTokens.BT_AUTHORITY, "art.25", "baotou-2024 art.25",
                        List.of("NOTICE", "DEFER_PLAN_OR_FUNDS", "SUSPEND_CONSTRUCTION"), "TERMINATE"),
                Arguments.of(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "art.41", "jiangxi-2024 art.41",
                        List.of("NOTICE_OF_CRITICISM", "DEFER_PLAN_OR_FUNDS", "SUSPEND_CONSTRUCTION", "TERMINATE"),
                        "NOTICE"),
                Arguments.of(TestTokens.JS_STAFF, TestTokens.JS_AUTHORITY, "item 22", "jianshan-2024 item 22",
                        List.of("SUSPEND_CONSTRUCTION"), "NOTICE_OF_CRITICISM"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("packs")
    void orderReportAcceptThenMissEscalateAndLift(Person unit, Person authority, String article, String cite,
                                                  List<String> measures, String notInPack) {
        Walk w = Walk.start(unit, authority, "整改 " + cite, "1000000", "CONSTRUCTION", "FISCAL");
        Person approver = w.as("authority-approver");

        // Order → report within the limit → accepted: the deadline is MET.
        String first = issue(w, approver, article, "2026-03-20").body("errors", nullValue())
                .body("data.issueRectificationOrder.citation.text", equalTo(cite))
                .extract().path("data.issueRectificationOrder.id");
        TestClock.setShanghai("2026-03-10T10:00");
        GraphQL.postAs(w.as("unit-staff"), REPORT, vars("id", first)).body("errors", nullValue())
                .body("data.reportRectification.state", equalTo("REPORTED"));
        GraphQL.postAs(approver, ACCEPT, vars("id", first)).body("errors", nullValue())
                .body("data.acceptRectification.state", equalTo("ACCEPTED"))
                .body("data.acceptRectification.history.action", equalTo(List.of("ISSUE", "REPORT", "ACCEPT")));
        assertThat(deadlineStatus(w, first)).isEqualTo("MET");

        // Order → time limit passes unanswered: the deadline is MISSED; escalation to each measure, cited.
        String second = issue(w, approver, article, "2026-03-20").body("errors", nullValue())
                .extract().path("data.issueRectificationOrder.id");
        GraphQL.postAs(approver, ESCALATE, Map.of("id", second, "m", measures.get(0)))
                .body("errors[0].extensions.code", equalTo("ORDER_NOT_OVERDUE"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo(cite));
        TestClock.setShanghai("2026-03-23T10:00");
        assertThat(deadlineStatus(w, second)).isEqualTo("MISSED");
        GraphQL.postAs(approver, ESCALATE, Map.of("id", second, "m", notInPack))
                .body("errors[0].extensions.code", equalTo("ESCALATION_MEASURE_NOT_IN_PACK"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo(cite));
        String fundingBlock = null;
        for (String measure : measures) {
            var escalated = GraphQL.postAs(approver, ESCALATE, Map.of("id", second, "m", measure))
                    .body("errors", nullValue())
                    .body("data.escalateRectification.state", equalTo("ESCALATED"))
                    .extract().jsonPath();
            String taken = "data.escalateRectification.escalations.find { it.measure == '" + measure + "' }";
            assertThat(escalated.getString(taken + ".citation.text")).isEqualTo(cite);
            if ("SUSPEND_FUNDING".equals(escalated.getString(taken + ".kind"))) {
                fundingBlock = escalated.getString(taken + ".id");
            }
        }
        w.project("findings { key code open }").body("data.project.findings.find { it.key.endsWith('" + second
                + ":DEADLINE_MISSED') }.open", equalTo(true));
        // TERMINATE and SUSPEND_CONSTRUCTION are decisions the authority carries out with the lifecycle operations.
        w.project("stage").body("data.project.stage", equalTo("DRAFT"));

        // Every pack but Jianshan (item 22 names only 暂停项目建设) lets the authority hold back funding.
        assertThat(fundingBlock != null).as("a SUSPEND_FUNDING measure was taken").isEqualTo(!cite.startsWith("jianshan"));
        if (fundingBlock == null) {
            return;
        }
        Person ndrc = w.as("ndrc-approver");
        String plan = "addFundingEntry(projectId: $id, input: {year: 2026, kind: ANNUAL_PLAN, amount: \"500000\"}) { id }";
        GraphQL.postAs(ndrc, "mutation($id: ID!) { " + plan + " }", vars("id", w.projectId))
                .body("errors[0].extensions.code", equalTo("FUNDING_SUSPENDED"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo(cite));
        GraphQL.postAs(approver, """
                mutation($id: ID!) { liftEscalation(escalationId: $id, text: "已整改，恢复安排") { inForce liftedOn } }""",
                vars("id", fundingBlock)).body("errors", nullValue())
                .body("data.liftEscalation.inForce", equalTo(false));
        // Lifted: the suspension no longer refuses; Wushan still refuses a plan entry before 立项 on its own ground (art.21).
        GraphQL.postAs(ndrc, "mutation($id: ID!) { " + plan + " }", vars("id", w.projectId))
                .body("errors[0].extensions.code", cite.startsWith("wushan") ? equalTo("ANNUAL_PLAN_BEFORE_APPROVAL")
                        : nullValue());
    }

    static ValidatableResponse issue(Walk w, Person who, String article, String dueOn) {
        return GraphQL.postAs(who, ORDER, Map.of("id", w.projectId, "input", Map.of("text", "资金使用不符合批复要求，限期整改",
                "article", article, "severity", "ERROR", "dueOn", dueOn)));
    }

    static String deadlineStatus(Walk w, String orderId) {
        return w.project("deadlines { ruleCode subject status }").extract().jsonPath().getString(
                "data.project.deadlines.find { it.ruleCode == 'RECTIFICATION_ORDER' && it.subject == '" + orderId
                        + "' }.status");
    }

    static Map<String, Object> vars(String name, Object value) {
        return Map.of(name, value);
    }
}
