package org.egov.itpm.oversight;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egov.itpm.platform.graphql.compiled.BothPaths;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad input, wrong steps and scope for orders to rectify and manual findings; nothing is stored on a refusal. */
@QuarkusTest
class RectificationRulesTest {

    static final String ORDERS = "query($id: ID!) { project(id: $id) { rectificationOrders { id } } }";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static Walk qufu() {
        return Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "整改规则", "1000000", "CONSTRUCTION", "FISCAL");
    }

    private static Map<String, Object> input(String article, String dueOn) {
        Map<String, Object> in = new HashMap<>(Map.of("text", "招标采购不符合规定"));
        if (article != null) {
            in.put("article", article);
        }
        if (dueOn != null) {
            in.put("dueOn", dueOn);
        }
        return in;
    }

    private static io.restassured.response.ValidatableResponse issue(Person who, Walk w, Map<String, Object> in) {
        return GraphQL.postAs(who, RectificationWalkTest.ORDER, Map.of("id", w.projectId, "input", in));
    }

    @Test
    void anOrderNeedsAnArticleOfThePackAndATimeLimitNotInThePast() {
        Walk w = qufu();
        Person reviewer = w.as("authority-reviewer");
        issue(reviewer, w, input(null, "2026-03-20"))
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("ORDER_ARTICLE_REQUIRED"));
        issue(reviewer, w, input("art.99", "2026-03-20"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("ARTICLE_NOT_IN_PACK"));
        issue(reviewer, w, input("item 22", "2026-03-20"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("ARTICLE_NOT_IN_PACK"));
        issue(reviewer, w, input("art.41", "2026-03-01"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("DUE_DATE_IN_PAST"));
        issue(reviewer, w, input("art.41", null))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("REQUIRED"));
        GraphQL.postAs(reviewer, ORDERS, Map.of("id", w.projectId)).body("data.project.rectificationOrders", hasSize(0));
    }

    @Test
    void onlyTheProjectsOwnUnitReportsAndOnlyTheIssuingBodyDecides() {
        Walk w = qufu();
        String id = issue(w.as("authority-reviewer"), w, input("art.41", "2026-03-20")).body("errors", nullValue())
                .extract().path("data.issueRectificationOrder.id");
        // Another unit does not see the project at all.
        GraphQL.postAs(TestTokens.QUFU_HEALTH_STAFF, RectificationWalkTest.REPORT, Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        // A unit account of another organisation that sees the project through a regional role may not answer it.
        Person otherUnit = new Person("health-auditor", List.of("unit-staff", "auditor"),
                TestTokens.QUFU_HEALTH_STAFF.orgCode(), "370881");
        GraphQL.postAs(otherUnit, RectificationWalkTest.REPORT, Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("NOT_YOUR_ORDER"));
        GraphQL.postAs(w.as("authority-reviewer"), RectificationWalkTest.ACCEPT, Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("ORDER_STATE"));
        GraphQL.postAs(w.as("unit-lead"), RectificationWalkTest.REPORT, Map.of("id", id)).body("errors", nullValue());
        Person otherBody = new Person("sd-approver", List.of("authority-approver"), TestTokens.SD_REVIEWER.orgCode(),
                "370000");
        GraphQL.postAs(otherBody, RectificationWalkTest.ACCEPT, Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("NOT_ISSUING_BODY"));
        GraphQL.postAs(w.as("authority-reviewer"), """
                mutation($id: ID!) { rejectRectification(orderId: $id, text: "仍不符合要求", newDueOn: "2026-04-10") {
                  state dueOn reportedOn } }""", Map.of("id", id)).body("errors", nullValue())
                .body("data.rejectRectification.state", equalTo("ISSUED"))
                .body("data.rejectRectification.dueOn", equalTo("2026-04-10"))
                .body("data.rejectRectification.reportedOn", nullValue());
    }

    @Test
    void anotherRegionExpertsAndSupervisorsCannotIssue() {
        Walk w = qufu();
        issue(TestTokens.WS_AUTHORITY, w, input("art.41", "2026-03-20"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        issue(w.as("expert"), w, input("art.41", "2026-03-20")).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        issue(w.as("supervisor"), w, input("art.41", "2026-03-20"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        issue(w.as("authority-reviewer"), w, input("art.41", "2026-03-20")).body("errors", nullValue());
        String mine = "data.rectificationOrders.findAll { it.projectId == '" + w.projectId + "' }.size()";
        BothPaths.onEach(() -> {
            GraphQL.postAs(TestTokens.QUFU_STAFF, "{ rectificationOrders(filter: {open: true}) { projectId } }",
                    Map.of()).body(mine, equalTo(1));
            GraphQL.postAs(TestTokens.WS_AUTHORITY, "{ rectificationOrders { projectId } }", Map.of())
                    .body(mine, equalTo(0));
        });
    }

    @Test
    void aManualFindingIsStoredAsManualWithWhoRaisedItUntilAccepted() {
        Walk w = qufu();
        Person auditor = w.as("auditor");
        String id = GraphQL.postAs(auditor, """
                mutation($id: ID!) { raiseFinding(projectId: $id, input: {text: "密码应用未开展评估", article: "art.41",
                  severity: ERROR}) { id kind state } }""", Map.of("id", w.projectId)).body("errors", nullValue())
                .body("data.raiseFinding.kind", equalTo("FINDING")).extract().path("data.raiseFinding.id");
        String manual = "data.project.findings.find { it.code == 'MANUAL_FINDING' }";
        w.project("findings { code open origin raisedBy severity citation { text } }")
                .body(manual + ".origin", equalTo("MANUAL"))
                .body(manual + ".raisedBy", equalTo(auditor.username()))
                .body(manual + ".severity", equalTo("ERROR"))
                .body(manual + ".citation.text", equalTo("qufu-2024 art.41"))
                .body(manual + ".open", equalTo(true));
        GraphQL.postAs(w.as("unit-staff"), RectificationWalkTest.REPORT, Map.of("id", id)).body("errors", nullValue());
        GraphQL.postAs(auditor, RectificationWalkTest.ACCEPT, Map.of("id", id)).body("errors", nullValue());
        w.project("findings { code open }").body(manual + ".open", equalTo(false));
    }
}
