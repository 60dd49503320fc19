package org.egov.itpm.engagement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.egov.itpm.platform.graphql.compiled.BothPaths;
import org.egov.itpm.testsupport.DemoOrgs;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue #15 acceptance: an expert, supervisor or evaluator sees and acts on exactly the projects of its engagements
 * (0 outside, 0 missing) by list, by id, nested, in statistics; an ended engagement is read-only; a participant from
 * another province gets nothing until an authority of the project's jurisdiction approves it.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngagementScopeTest {

    static final Person WANG = new Person("expert-wang", List.of("expert"), DemoOrgs.QUFU_BIGDATA, "370881");
    static final Person SUPERVISOR = new Person("supervisor", List.of("supervisor"), DemoOrgs.QUFU_BIGDATA, "370881");
    static final Person EVALUATOR = new Person("evaluator", List.of("evaluator"), DemoOrgs.QUFU_BIGDATA, "370881");
    static final Person ZHANG = new Person("expert-zhang", List.of("expert"), null, "370881");
    static final Person LI = new Person("expert-li", List.of("expert"), null, "370881");

    Walk panel;
    Walk concluded;
    Walk untouched;

    @BeforeEach
    void projects() {
        if (panel != null) {
            return;
        }
        panel = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "参与-评审中", "100.00", "CONSTRUCTION",
                "FISCAL").uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        GraphQL.postAs(TestTokens.QUFU_REVIEWER, "mutation($id: ID!, $p: [String]) { openReview(projectId: $id, type:"
                + " DEMAND_REVIEW, panel: $p, appointmentReason: \"指定\") { id } }", Map.of("id", panel.projectId, "p",
                List.of("expert-wang", "expert-zhang", "expert-li"))).body("errors", nullValue());
        concluded = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "参与-已评审", "100.00", "CONSTRUCTION",
                "FISCAL").uploadAll("COLLECTIVE_DECISION_RECORD").library().apply().passReview("DEMAND_REVIEW", WANG, ZHANG, LI);
        untouched = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "参与-无关", "100.00", "CONSTRUCTION",
                "FISCAL");
    }

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    @Test
    void expertSeesExactlyThePanelsItSitsOn() {
        assertExactlyEngaged(WANG);
        Set<String> visible = listed(WANG);
        assertThat(visible).contains(panel.projectId, concluded.projectId).doesNotContain(untouched.projectId);
        BothPaths.onEach(() -> {
            GraphQL.postAs(WANG, "query($id: ID!) { project(id: $id) { name } }", Map.of("id", untouched.projectId))
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
            GraphQL.postAs(WANG, "query($id: ID!) { project(id: $id) { name history { to } } }",
                    Map.of("id", panel.projectId)).body("data.project.name", equalTo("参与-评审中"));
            GraphQL.postAs(WANG, "query($id: ID!) { project(id: $id) { name reviews { panel { username } } } }",
                    Map.of("id", panel.projectId)).body("data.project.name", equalTo("参与-评审中"));
        });
        upload(WANG, untouched.projectId, "EXPERT_OPINION").statusCode(404);
    }

    @Test
    void expertOnAConcludedRoundReadsButWritesNothing() {
        GraphQL.postAs(WANG, "query($id: ID!) { project(id: $id) { name documents { type } } }",
                Map.of("id", concluded.projectId)).body("data.project.name", equalTo("参与-已评审"));
        upload(WANG, concluded.projectId, "EXPERT_OPINION").statusCode(403).body("code", equalTo("ENGAGEMENT_ENDED"));
        upload(WANG, panel.projectId, "EXPERT_OPINION").statusCode(201);
    }

    @Test
    void supervisorActsUntilItsEngagementEndsThenOnlyReads() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "参与-监理", "100.00", "CONSTRUCTION",
                "FISCAL");
        GraphQL.postAs(SUPERVISOR, "query($id: ID!) { project(id: $id) { name } }", Map.of("id", w.projectId))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        record(TestTokens.QUFU_LEAD, w.projectId, Map.of("kind", "SUPERVISION", "username", "supervisor",
                "validFrom", "2026-03-02", "validTo", "2026-03-02")).body("errors", nullValue());
        assertExactlyEngaged(SUPERVISOR);
        upload(SUPERVISOR, w.projectId, "SUPERVISION_REPORT").statusCode(201);

        TestClock.setShanghai("2026-03-03T09:00");
        GraphQL.postAs(SUPERVISOR, "query($id: ID!) { project(id: $id) { name } }", Map.of("id", w.projectId))
                .body("data.project.name", equalTo("参与-监理"));
        upload(SUPERVISOR, w.projectId, "SUPERVISION_REPORT").statusCode(403).body("code", equalTo("ENGAGEMENT_ENDED"));
        assertExactlyEngaged(SUPERVISOR);
    }

    @Test
    void evaluatorSeesOnlyWhatItsOrganisationIsEngagedOn() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "参与-评估", "100.00", "CONSTRUCTION",
                "FISCAL");
        assertThat(listed(EVALUATOR)).doesNotContain(w.projectId, untouched.projectId);
        record(TestTokens.QUFU_REVIEWER, w.projectId, Map.of("kind", "EVALUATION", "organisationId",
                orgId(DemoOrgs.QUFU_BIGDATA), "validFrom", "2026-03-02")).body("errors", nullValue());
        assertThat(listed(EVALUATOR)).contains(w.projectId).doesNotContain(untouched.projectId);
        assertExactlyEngaged(EVALUATOR);
        GraphQL.postAs(EVALUATOR, "query($id: ID!) { engagements(projectId: $id) { kind source period } }",
                Map.of("id", w.projectId)).body("data.engagements[0].kind", equalTo("EVALUATION"))
                .body("data.engagements[0].period", equalTo("ACTIVE"));
    }

    @Test
    void endingAnEngagementMakesItReadOnlyFromTheNextDay() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "参与-结束", "100.00", "CONSTRUCTION",
                "FISCAL");
        String id = record(TestTokens.QUFU_REVIEWER, w.projectId, Map.of("kind", "EVALUATION", "username", "evaluator",
                "validFrom", "2026-03-02")).body("errors", nullValue()).extract().path("data.recordEngagement.id");
        GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($id: ID!) { endEngagement(id: $id) { id } }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("ENGAGEMENT_NOT_ALLOWED_FOR_ROLE"));
        GraphQL.postAs(TestTokens.QUFU_REVIEWER, "mutation($id: ID!) { endEngagement(id: $id) { validTo period } }",
                Map.of("id", id)).body("data.endEngagement.validTo", equalTo("2026-03-02"))
                .body("data.endEngagement.period", equalTo("ACTIVE"));
        GraphQL.postAs(TestTokens.QUFU_REVIEWER, "mutation($id: ID!) { endEngagement(id: $id) { id } }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("ENGAGEMENT_ALREADY_ENDED"));
        upload(EVALUATOR, w.projectId, "THIRD_PARTY_ASSESSMENT_REPORT").statusCode(201);
        TestClock.setShanghai("2026-03-03T09:00");
        upload(EVALUATOR, w.projectId, "THIRD_PARTY_ASSESSMENT_REPORT").statusCode(403)
                .body("code", equalTo("ENGAGEMENT_ENDED"));
        GraphQL.postAs(EVALUATOR, "query($id: ID!) { project(id: $id) { documents { type } } }", Map.of("id", w.projectId))
                .body("data.project.documents.type[0]", equalTo("THIRD_PARTY_ASSESSMENT_REPORT"));
    }

    @Test
    void aCrossProvinceParticipantOfTheProjectInputIsPendingToo() {
        String id = GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($input: ProjectInput!) { createProject(input: $input)"
                + " { id } }", Map.of("input", Map.of("name", "参与-跨省输入", "kind", "CONSTRUCTION", "fundingSource",
                "FISCAL", "year", 2026, "estimatedInvestment", "100.00", "participantOrganisationIds",
                List.of(orgId(DemoOrgs.JX_HRSS))))).body("errors", nullValue()).extract().path("data.createProject.id");
        GraphQL.postAs(TestTokens.QUFU_STAFF, "query($id: ID!) { project(id: $id) { participants { name }"
                + " participantEntries { status } } }", Map.of("id", id))
                .body("data.project.participants", org.hamcrest.Matchers.empty())
                .body("data.project.participantEntries[0].status", equalTo("PENDING"));
        GraphQL.postAs(TestTokens.JX_STAFF, "query($id: ID!) { project(id: $id) { name } }", Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void engagementInputIsChecked() {
        String id = untouched.projectId;
        code(record(TestTokens.QUFU_REVIEWER, id, Map.of("kind", "SUPERVISION", "username", "supervisor",
                "validFrom", "2026-02-27")), "ENGAGEMENT_OUTSIDE_PROJECT_DATES");
        code(record(TestTokens.QUFU_REVIEWER, id, Map.of("kind", "SUPERVISION", "username", "supervisor",
                "validFrom", "2026-03-02", "validTo", "2026-03-01")), "ENGAGEMENT_OUTSIDE_PROJECT_DATES");
        code(record(TestTokens.QUFU_REVIEWER, id, Map.of("kind", "SUPERVISION", "username", "nobody",
                "validFrom", "2026-03-02")), "UNKNOWN_PERSON");
        code(record(TestTokens.QUFU_REVIEWER, id, Map.of("kind", "SUPERVISION", "organisationId",
                "00000000-0000-0000-0000-000000000001", "validFrom", "2026-03-02")), "UNKNOWN_ORGANISATION");
        code(record(TestTokens.QUFU_REVIEWER, id, Map.of("kind", "PANEL_SEAT", "username", "expert-wang",
                "validFrom", "2026-03-02")), "ENGAGEMENT_KIND_DERIVED");
        GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($id: ID!, $in: EngagementInput!) { recordEngagement("
                        + "projectId: $id, input: $in) { id } }", Map.of("id", id, "in", Map.of("kind", "EVALUATION",
                        "username", "evaluator", "validFrom", "2026-03-02")))
                .body("errors[0].extensions.code", equalTo("ENGAGEMENT_NOT_ALLOWED_FOR_ROLE"));
        record(TestTokens.QUFU_REVIEWER, id, Map.of("kind", "EVALUATION", "username", "evaluator",
                "validFrom", "2026-03-02")).body("errors", nullValue());
        GraphQL.postAs(TestTokens.QUFU_REVIEWER, "mutation($id: ID!, $in: EngagementInput!) { recordEngagement("
                        + "projectId: $id, input: $in) { id } }", Map.of("id", id, "in", Map.of("kind", "EVALUATION",
                        "username", "evaluator", "validFrom", "2026-03-02")))
                .body("errors[0].extensions.code", equalTo("ENGAGEMENT_DUPLICATE"));
    }

    @Test
    void crossProvinceParticipantGetsNothingUntilApproved() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "参与-跨省", "100.00", "CONSTRUCTION",
                "FISCAL");
        String jiangxi = orgId(DemoOrgs.JX_HRSS);
        GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($id: ID!, $o: ID!) { setParticipant(projectId: $id,"
                + " organisationId: $o, rights: CONTRIBUTE_DOCUMENTS) { status rights } }", Map.of("id", w.projectId,
                "o", jiangxi)).body("data.setParticipant.status", equalTo("PENDING"));
        GraphQL.postAs(TestTokens.JX_STAFF, "query($id: ID!) { project(id: $id) { name } }", Map.of("id", w.projectId))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        upload(TestTokens.JX_STAFF, w.projectId, "OTHER").statusCode(404);
        GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($id: ID!, $o: ID!) { approveParticipant(projectId: $id,"
                + " organisationId: $o) { status } }", Map.of("id", w.projectId, "o", jiangxi))
                .body("errors[0].extensions.code", equalTo("PARTICIPANT_OUTSIDE_JURISDICTION"));
        GraphQL.postAs(TestTokens.QUFU_REVIEWER, "mutation($id: ID!, $o: ID!) { approveParticipant(projectId: $id,"
                + " organisationId: $o) { status } }", Map.of("id", w.projectId, "o", jiangxi))
                .body("data.approveParticipant.status", equalTo("APPROVED"));
        GraphQL.postAs(TestTokens.JX_STAFF, "query($id: ID!) { project(id: $id) { name participantEntries { status"
                + " rights } } }", Map.of("id", w.projectId)).body("data.project.name", equalTo("参与-跨省"))
                .body("data.project.participantEntries[0].rights", equalTo("CONTRIBUTE_DOCUMENTS"));
        upload(TestTokens.JX_STAFF, w.projectId, "OTHER").statusCode(201);
        GraphQL.postAs(TestTokens.JX_STAFF, "mutation($id: ID!) { updateProject(id: $id, input: {name: \"改名\"}) { name } }",
                Map.of("id", w.projectId)).body("errors[0].extensions.code", equalTo("PARTICIPANT_RIGHTS_INSUFFICIENT"));
    }

    @Test
    void participantOfTheJurisdictionIsApprovedAtOnce() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "参与-本地", "100.00", "CONSTRUCTION",
                "FISCAL");
        GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($id: ID!, $o: ID!) { setParticipant(projectId: $id,"
                + " organisationId: $o, rights: READ) { status } }", Map.of("id", w.projectId,
                "o", orgId(DemoOrgs.QUFU_HEALTH))).body("data.setParticipant.status", equalTo("APPROVED"));
        GraphQL.postAs(TestTokens.QUFU_HEALTH_STAFF, "query($id: ID!) { project(id: $id) { name } }",
                Map.of("id", w.projectId)).body("data.project.name", equalTo("参与-本地"));
        upload(TestTokens.QUFU_HEALTH_STAFF, w.projectId, "OTHER").statusCode(403)
                .body("code", equalTo("PARTICIPANT_RIGHTS_INSUFFICIENT"));
    }

    /** The list, statistics and myEngagements name the same projects: 0 outside, 0 missing. */
    private static void assertExactlyEngaged(Person who) {
        BothPaths.onEach(() -> exactlyEngaged(who));
    }

    private static void exactlyEngaged(Person who) {
        Set<String> engaged = new TreeSet<>(GraphQL.postAs(who, "{ myEngagements { projectId } }", Map.of())
                .body("errors", nullValue()).extract().<List<String>>path("data.myEngagements.projectId"));
        assertThat(listed(who)).isEqualTo(engaged);
        int total = GraphQL.postAs(who, "{ statistics { total { count } } }", Map.of()).body("errors", nullValue())
                .extract().path("data.statistics.total.count");
        assertThat(total).isEqualTo(engaged.size());
    }

    /** The projects {@code who} lists, the same on both GraphQL paths (ADR 0016). */
    private static Set<String> listed(Person who) {
        List<Set<String>> seen = new java.util.ArrayList<>();
        BothPaths.onEach(() -> seen.add(new TreeSet<>(GraphQL.postAs(who, "{ projects(first: 100) { totalCount edges"
                + " { node { id } } } }", Map.of()).body("errors", nullValue()).extract()
                .<List<String>>path("data.projects.edges.node.id"))));
        assertThat(seen.get(1)).as("listed on the resolver path").isEqualTo(seen.get(0));
        return seen.get(0);
    }

    private static ValidatableResponse record(Person who, String projectId, Map<String, Object> input) {
        return GraphQL.postAs(who, "mutation($id: ID!, $in: EngagementInput!) { recordEngagement(projectId: $id,"
                + " input: $in) { id kind period } }", Map.of("id", projectId, "in", input));
    }

    private static void code(ValidatableResponse r, String code) {
        String body = r.extract().asString();
        assertThat(body).contains("\"" + code + "\"");
    }

    private static String orgId(String creditCode) {
        return GraphQL.postAs(TestTokens.QUFU_STAFF, "{ organisations { id creditCode } }", Map.of()).extract()
                .jsonPath().param("c", creditCode).getString("data.organisations.find { it.creditCode == c }.id");
    }

    private static ValidatableResponse upload(Person who, String projectId, String type) {
        return given().auth().oauth2(TestTokens.tokenFor(who)).multiPart("type", type)
                .multiPart("file", "f.pdf", "x".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .when().post("/api/v1/projects/" + projectId + "/documents").then();
    }
}
