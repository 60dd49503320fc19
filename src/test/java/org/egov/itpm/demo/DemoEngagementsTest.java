package org.egov.itpm.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #15 acceptance: every demo expert, supervisor and evaluator sees a non-empty set of demo projects, exactly
 * those of its engagements (docs/demo-data.md "Engagements").
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoEngagementsTest {

    static final Set<String> ENGAGED_ROLES = Set.of("expert", "supervisor", "evaluator");
    /**
     * The one expert of the pool whose employer (the Jiangxi human resources department) owns every Jiangxi demo
     * project: no seat without a conflict of interest, so it sees no project until a draw seats it (docs/demo-data.md).
     */
    static final Set<String> POOL_ONLY = Set.of("expert-huang");

    @BeforeEach
    void today() {
        TestClock.setShanghai("2026-11-30T09:00");
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void everyDemoExpertSupervisorAndEvaluatorSeesExactlyItsEngagements() throws Exception {
        List<Person> people = demoPeople();
        assertThat(people).hasSize(8 + 3 + 5 + 5);
        for (Person who : people) {
            var list = GraphQL.postAs(who, "{ projects(first: 100) { edges { node { id localCode } } } }", Map.of())
                    .body("errors", nullValue()).extract();
            Set<String> listed = new TreeSet<>(list.<List<String>>path("data.projects.edges.node.id"));
            Set<String> engaged = new TreeSet<>(GraphQL.postAs(who, "{ myEngagements { projectId } }", Map.of())
                    .body("errors", nullValue()).extract().<List<String>>path("data.myEngagements.projectId"));
            if (POOL_ONLY.contains(who.username())) {
                assertThat(listed).as(who.username() + " sits on no demo panel").isEmpty();
                assertThat(engaged).isEmpty();
                continue;
            }
            assertThat(listed).as(who.username() + ": 0 outside, 0 missing").isNotEmpty().isEqualTo(engaged);
            String region = who.regionCode().endsWith("0000") ? who.regionCode().substring(0, 2) : who.regionCode();
            assertThat(list.<List<String>>path("data.projects.edges.node.localCode")).as(who.username())
                    .allMatch(code -> code.startsWith(region));
        }
    }

    @Test
    void qufuSupervisorReadsTheAcceptedPhaseOneButWritesNothingThere() {
        Person supervisor = new Person("supervisor", List.of("supervisor"), "11370881MB1234567D", "370881");
        GraphQL.postAs(supervisor, "{ projects(first: 100) { edges { node { localCode } } } }", Map.of())
                .body("data.projects.edges.node.localCode", containsInAnyOrder("370881-2025-900002",
                        "370881-2026-900003"));
        given().auth().oauth2(org.egov.itpm.testsupport.TestTokens.tokenFor(supervisor))
                .multiPart("type", "SUPERVISION_REPORT")
                .multiPart("file", "r.pdf", "监理报告".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .when().post("/api/v1/projects/dd000001-0002-4000-8000-000000000000/documents")
                .then().statusCode(403).body("code", equalTo("ENGAGEMENT_ENDED"));
    }

    private static List<Person> demoPeople() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Path.of("keycloak/demo/itpm-demo-users.json").toFile());
        List<Person> out = new ArrayList<>();
        for (JsonNode u : root.path("users")) {
            for (JsonNode r : u.path("realmRoles")) {
                if (ENGAGED_ROLES.contains(r.asText())) {
                    out.add(new Person(u.path("username").asText(), List.of(r.asText()),
                            u.path("attributes").path("org_code").get(0).asText(),
                            u.path("attributes").path("region_code").get(0).asText()));
                }
            }
        }
        return out;
    }
}
