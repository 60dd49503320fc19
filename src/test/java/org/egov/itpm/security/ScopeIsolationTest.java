package org.egov.itpm.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.egov.itpm.platform.graphql.compiled.BothPaths;
import org.egov.itpm.testsupport.DemoOrgs;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A project outside your scope is invisible everywhere: lists, counts, by id, nested, mutations, REST. The reads run on
 * both GraphQL paths (compiled and resolver, ADR 0016).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeIsolationTest {

    static final String LIST = """
            query($name: String) { projects(first: 100, filter: {nameContains: $name}) {
              totalCount edges { node { name } } } }""";

    Walk qufuEdu;
    Walk qufuHealth;
    Walk jiangxi;
    String jiangxiDocument;

    @BeforeEach
    void createOneProjectPerScope() {
        if (qufuEdu != null) {
            return;
        }
        qufuEdu = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "隔离-曲阜教育", "100.00",
                "CONSTRUCTION", "FISCAL");
        qufuHealth = Walk.start(TestTokens.QUFU_HEALTH_STAFF, TestTokens.QUFU_REVIEWER, "隔离-曲阜卫健", "100.00",
                "CONSTRUCTION", "FISCAL");
        jiangxi = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "隔离-江西人社", "100.00",
                "CONSTRUCTION", "FISCAL");
        jiangxiDocument = jiangxi.upload("OTHER");
        String healthOrgId = GraphQL.postAs(TestTokens.QUFU_STAFF, "{ organisations { id creditCode } }", Map.of())
                .extract().jsonPath().param("c", DemoOrgs.QUFU_HEALTH)
                .getString("data.organisations.find { it.creditCode == c }.id");
        String id = GraphQL.postAs(TestTokens.QUFU_STAFF, """
                mutation($input: ProjectInput!) { createProject(input: $input) { id crossDepartment } }""",
                Map.of("input", Map.of("name", "隔离-跨部门", "kind", "CONSTRUCTION", "fundingSource", "FISCAL",
                        "year", 2026, "estimatedInvestment", "100.00", "participantOrganisationIds", List.of(healthOrgId))))
                .body("data.createProject.crossDepartment", equalTo(true)).extract().path("data.createProject.id");
        crossId = id;
    }

    String crossId;

    @Test
    void unitSeesOnlyItsOwnOrganisationsProjects() {
        BothPaths.onEach(() -> {
            GraphQL.postAs(TestTokens.QUFU_STAFF, LIST, Map.of("name", "隔离-"))
                    .body("data.projects.edges.node.name", hasItem("隔离-曲阜教育"))
                    .body("data.projects.edges.node.name", not(hasItem("隔离-曲阜卫健")))
                    .body("data.projects.edges.node.name", not(hasItem("隔离-江西人社")))
                    .body("data.projects.totalCount", equalTo(2));
        });
    }

    @Test
    void participatingDepartmentSeesTheCrossDepartmentProject() {
        BothPaths.onEach(() -> {
            GraphQL.postAs(TestTokens.QUFU_HEALTH_STAFF, LIST, Map.of("name", "隔离-"))
                    .body("data.projects.edges.node.name", hasItem("隔离-跨部门"))
                    .body("data.projects.edges.node.name", hasItem("隔离-曲阜卫健"))
                    .body("data.projects.edges.node.name", not(hasItem("隔离-曲阜教育")));
        });
    }

    @Test
    void provincialAuthoritySeesItsProvinceButNotAnother() {
        BothPaths.onEach(() -> {
            Person shandong = TestTokens.SD_REVIEWER;
            GraphQL.postAs(shandong, LIST, Map.of("name", "隔离-"))
                    .body("data.projects.edges.node.name", hasItem("隔离-曲阜教育"))
                    .body("data.projects.edges.node.name", hasItem("隔离-曲阜卫健"))
                    .body("data.projects.edges.node.name", not(hasItem("隔离-江西人社")));
            GraphQL.postAs(TestTokens.JX_AUTHORITY, LIST, Map.of("name", "隔离-"))
                    .body("data.projects.edges.node.name", hasItem("隔离-江西人社"))
                    .body("data.projects.totalCount", equalTo(1));
        });
    }

    @Test
    void foreignProjectByIdIsNotFoundAndLeaksNothing() {
        BothPaths.onEach(() -> {
            GraphQL.postAs(TestTokens.QUFU_STAFF, "query($id: ID!) { project(id: $id) { name } }",
                            Map.of("id", jiangxi.projectId))
                    .body("data.project", nullValue())
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                    .body("errors[0].message", not(org.hamcrest.Matchers.containsString("江西")));
        });
    }

    @Test
    void foreignProjectCannotBeChangedAndLooksAbsent() {
        GraphQL.postAs(TestTokens.QUFU_STAFF, """
                mutation($id: ID!) { updateProject(id: $id, input: {name: "改名"}) { name } }""",
                Map.of("id", jiangxi.projectId)).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.postAs(TestTokens.QUFU_REVIEWER, """
                mutation($id: ID!) { openReview(projectId: $id, type: DEMAND_REVIEW) { id } }""",
                Map.of("id", jiangxi.projectId)).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.postAs(TestTokens.JX_STAFF, "query($id: ID!) { project(id: $id) { name } }",
                Map.of("id", jiangxi.projectId)).body("data.project.name", equalTo("隔离-江西人社"));
    }

    @Test
    void foreignDocumentCannotBeDownloaded() {
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF))
                .get("/api/v1/documents/" + jiangxiDocument + "/content")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.JX_STAFF))
                .get("/api/v1/documents/" + jiangxiDocument + "/content").then().statusCode(200);
    }

    @Test
    void roleWithoutItsScopeClaimSeesNothing() {
        BothPaths.onEach(() -> {
            String noClaims = TestTokens.token("no-claims", List.of("authority-reviewer"), null, null);
            GraphQL.postAs(noClaims, LIST, Map.of("name", "隔离-")).body("data.projects.totalCount", equalTo(0));
        });
    }
}
