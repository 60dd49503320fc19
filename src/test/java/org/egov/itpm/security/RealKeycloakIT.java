package org.egov.itpm.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.egov.itpm.devstack.KeycloakServer;
import org.egov.itpm.devstack.TokenClient;
import org.egov.itpm.notification.PeopleDirectory;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.RealKeycloakProfile;
import org.junit.jupiter.api.Test;

/**
 * The service with real tokens from a real Keycloak (realm file as in the local run): password grant for
 * people, client credentials for platforms, the expert directory over the admin API, and a role change
 * taking effect on the next token.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class RealKeycloakIT {

    @Inject
    EngageablePeople engageable;

    @Inject
    PeopleDirectory people;

    static final String CREATE = """
            mutation($name: String) { createProject(input: {name: $name, kind: CONSTRUCTION, fundingSource: FISCAL,
              year: 2026, estimatedInvestment: "100.00"}) { id } }""";
    static final String LIST = "{ projects(first: 100, filter: {nameContains: \"真令牌\"}) { edges { node { name } } } }";

    private static TokenClient tokens() {
        return new TokenClient(RealKeycloakProfile.KeycloakResource.keycloak().realmUrl());
    }

    private static String login(String username) {
        return tokens().passwordGrant(username, "demo");
    }

    @Test
    void realTokensScopeProjectsByOrganisationAndRegion() {
        String qufuStaff = login("qufu-staff");
        String healthStaff = login("qufu-health-staff");
        String jxStaff = login("jx-staff");
        GraphQL.postAs(qufuStaff, CREATE, Map.of("name", "真令牌-曲阜教育")).body("errors", nullValue());
        GraphQL.postAs(healthStaff, CREATE, Map.of("name", "真令牌-曲阜卫健")).body("errors", nullValue());
        GraphQL.postAs(jxStaff, CREATE, Map.of("name", "真令牌-江西")).body("errors", nullValue());

        GraphQL.postAs(qufuStaff, LIST, Map.of()).body("data.projects.edges.node.name", hasItem("真令牌-曲阜教育"))
                .body("data.projects.edges.node.name", not(hasItem("真令牌-曲阜卫健")))
                .body("data.projects.edges.node.name", not(hasItem("真令牌-江西")));
        GraphQL.postAs(login("sd-reviewer"), LIST, Map.of())
                .body("data.projects.edges.node.name", hasItems("真令牌-曲阜教育", "真令牌-曲阜卫健"))
                .body("data.projects.edges.node.name", not(hasItem("真令牌-江西")));
    }

    @Test
    void missingOrForgedTokenIsRefused() {
        GraphQL.post(LIST).statusCode(401);
        given().auth().oauth2("not.a.token").contentType("application/json").body(Map.of("query", LIST))
                .post("/graphql").then().statusCode(401);
    }

    @Test
    void platformClientCredentialsReachOnlyPlatformOperations() {
        String platform = tokens().clientCredentials("platform-jiangxi", "platform-jiangxi-secret");
        GraphQL.postAs(platform, "{ policyPacks { id } }", Map.of()).body("errors", nullValue());
        GraphQL.postAs(platform, LIST, Map.of()).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void expertDirectoryListsTheJurisdictionsExpertsFromKeycloak() {
        String id = GraphQL.postAs(login("qufu-staff"), CREATE, Map.of("name", "真令牌-专家库"))
                .extract().path("data.createProject.id");
        GraphQL.postAs(login("qufu-reviewer"), "query($id: ID!) { experts(projectId: $id) { username fields"
                                + " organisationCode available } }", Map.of("id", id))
                .body("data.experts.username", hasItems("expert-zhang", "expert-li", "expert-wang"))
                .body("data.experts.username", not(hasItem("expert-chen")))
                // the pool attributes of the realm's user profile (expert_fields, organisation_code, expert_available)
                .body("data.experts.find { it.username == 'expert-zhang' }.fields", equalTo(List.of("SOFTWARE", "DATA")))
                .body("data.experts.find { it.username == 'expert-kong' }.organisationCode",
                        equalTo("11370881004123456F"))
                .body("data.experts.find { it.username == 'expert-wang' }.available", equalTo(false));
    }

    @Test
    void directoriesReadEveryPageOfARoleFromKeycloak() {
        // pages of two (RealKeycloakProfile): five supervisors take three requests, six unit leads four
        assertThat(engageable.holds("bt-supervisor", Roles.SUPERVISOR)).isTrue();
        assertThat(engageable.holds("ws-supervisor", Roles.SUPERVISOR)).isTrue();
        assertThat(engageable.holds("expert-zhang", Roles.SUPERVISOR)).isFalse();

        List<PeopleDirectory.Person> leads = people.all().stream().filter(p -> p.hasRole(Roles.UNIT_LEAD)).toList();
        assertThat(leads).extracting(PeopleDirectory.Person::username).containsExactlyInAnyOrder(
                "bt-lead", "js-lead", "jx-lead", "qufu-health-lead", "qufu-lead", "ws-lead");
        assertThat(leads).filteredOn(p -> p.username().equals("qufu-health-lead")).singleElement()
                .satisfies(p -> {
                    assertThat(p.email()).isEqualTo("qufu-health-lead@demo.itpm.local");
                    assertThat(p.orgCode()).isEqualTo("11370881004234567T");
                });
    }

    @Test
    void roleGrantedInKeycloakAppliesOnTheNextToken() throws Exception {
        String apply = "mutation { applyProject(projectId: \"00000000-0000-0000-0000-000000000001\") { id } }";
        GraphQL.postAs(login("qufu-staff"), apply, Map.of()).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        setRealmRole("qufu-staff", "unit-lead", true);
        try {
            GraphQL.postAs(login("qufu-staff"), apply, Map.of()).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        } finally {
            setRealmRole("qufu-staff", "unit-lead", false);
        }
        GraphQL.postAs(login("qufu-staff"), apply, Map.of()).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    /** What an administrator does in the admin console, through the same admin REST API. */
    private static void setRealmRole(String username, String role, boolean grant) throws Exception {
        KeycloakServer kc = RealKeycloakProfile.KeycloakResource.keycloak();
        String admin = login("admin");
        HttpClient http = HttpClient.newHttpClient();
        String base = kc.url() + "/admin/realms/itpm";
        String userId = TokenClient.claims(admin) == null ? null : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/users?exact=true&username=" + username))
                        .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString()).body())
                .get(0).path("id").asText();
        String roleJson = http.send(HttpRequest.newBuilder(URI.create(base + "/roles/" + role))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpRequest.Builder change = HttpRequest.newBuilder(URI.create(base + "/users/" + userId + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json");
        var body = HttpRequest.BodyPublishers.ofString("[" + roleJson + "]");
        int status = http.send(grant ? change.POST(body).build() : change.method("DELETE", body).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        org.assertj.core.api.Assertions.assertThat(status).as("role mapping change").isEqualTo(204);
    }
}
