package org.egov.itpm.platform.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pull: scoped to the caller's province, keyset pages without skips or repeats, ETag/304. */
@QuarkusTest
class PullTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void shouldShowEachPlatformOnlyTheProjectsOfItsProvince() {
        TestClock.setShanghai("2030-01-05T10:00");
        String[] qufu = Exchange.project(TestTokens.QUFU_STAFF, "曲阜省界测试");
        String[] jx = Exchange.project(TestTokens.JX_STAFF, "江西省界测试");
        String since = "2030-01-05T02:00:00Z";
        pull(Exchange.SHANDONG, since, null, 500).body("items.localCode", hasItem(qufu[1]))
                .body("items.localCode", not(hasItem(jx[1])))
                .body("items.find { it.localCode == '" + qufu[1] + "' }.DIVISION_CODE", equalTo("370881"))
                .body("items.find { it.localCode == '" + qufu[1] + "' }.TOTAL_MONEY", equalTo(100.0f))
                .body("items.find { it.localCode == '" + qufu[1] + "' }.VALIDITY_FLAG", equalTo(1))
                .body("items.find { it.localCode == '" + qufu[1] + "' }.NODE_CODE", equalTo("ITPM-TEST"))
                .body("items.find { it.localCode == '" + qufu[1] + "' }.PROJECT_CODE", nullValue());
        pull(Exchange.JIANGXI, since, null, 500).body("items.localCode", hasItem(jx[1]))
                .body("items.localCode", not(hasItem(qufu[1])));
        given().auth().oauth2(Exchange.JIANGXI).get("/api/platform/v1/projects/" + qufu[1]).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Exchange.SHANDONG).get("/api/platform/v1/projects/" + qufu[1]).then().statusCode(200)
                .body("PROJECT_NAME", equalTo("曲阜省界测试"));
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF)).get("/api/platform/v1/projects")
                .then().statusCode(403);
    }

    @Test
    void shouldPageWithoutSkipsOrRepeatsAndShowAChangedRowAgainLater() {
        TestClock.setShanghai("2030-02-01T10:00");
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(Exchange.project(TestTokens.QUFU_STAFF, "分页测试" + i)[1]);
        }
        String since = "2030-02-01T02:00:00Z";
        List<String> all = pull(Exchange.SHANDONG, since, null, 500).statusCode(200).extract().jsonPath()
                .getList("items.localCode", String.class);
        assertThat(all).containsAll(mine).doesNotHaveDuplicates();

        // page by 2; after the first page someone edits a row already read
        JsonPath first = pull(Exchange.SHANDONG, since, null, 2).extract().jsonPath();
        List<String> seen = new ArrayList<>(first.getList("items.localCode", String.class));
        String edited = seen.get(0);
        TestClock.setShanghai("2030-02-01T10:05");
        String editedId = given().auth().oauth2(Exchange.SHANDONG).get("/api/platform/v1/projects/" + edited)
                .then().extract().path("localCode");
        assertThat(editedId).isEqualTo(edited);
        String id = GraphQL.postAs(TestTokens.ADMIN, "{ projects(first: 100, filter: {nameContains: \"分页测试\"}) {"
                + " edges { node { id localCode } } } }", Map.of()).extract().jsonPath()
                .getString("data.projects.edges.find { it.node.localCode == '" + edited + "' }.node.id");
        GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($id: ID!) { updateProject(id: $id, input: {description:"
                + " \"edited\"}) { id } }", Map.of("id", id)).body("errors", nullValue());
        String cursor = first.getString("nextCursor");
        boolean more = first.getBoolean("hasMore");
        while (more) {
            JsonPath page = pull(Exchange.SHANDONG, since, cursor, 2).extract().jsonPath();
            seen.addAll(page.getList("items.localCode", String.class));
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        }
        // every row exactly once, except the edited one, which appears again with its new EXCHANGE_TIME
        assertThat(seen).containsAll(all);
        List<String> repeated = new ArrayList<>(seen);
        Set<String> once = new HashSet<>();
        repeated.removeIf(once::add);
        assertThat(repeated).containsExactly(edited);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(edited);
        // resuming from the last cursor later returns nothing new
        pull(Exchange.SHANDONG, null, cursor, 10).body("items.size()", equalTo(0)).body("hasMore", equalTo(false))
                .body("nextCursor", equalTo(cursor));
    }

    @Test
    void shouldAnswer304WhenThePageIsUnchanged() {
        TestClock.setShanghai("2030-03-01T10:00");
        Exchange.project(TestTokens.QUFU_STAFF, "ETag测试");
        String since = "2030-03-01T02:00:00Z";
        String etag = pull(Exchange.SHANDONG, since, null, 50).statusCode(200).extract().header("ETag");
        assertThat(etag).isNotBlank();
        given().auth().oauth2(Exchange.SHANDONG).header("If-None-Match", etag)
                .get("/api/platform/v1/projects?since=" + since + "&limit=50").then().statusCode(304);
        Exchange.project(TestTokens.QUFU_STAFF, "ETag测试2");
        String changed = given().auth().oauth2(Exchange.SHANDONG).header("If-None-Match", etag)
                .get("/api/platform/v1/projects?since=" + since + "&limit=50").then().statusCode(200)
                .extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
    }

    @Test
    void shouldRefuseBadParametersFieldByField() {
        given().auth().oauth2(Exchange.SHANDONG).get("/api/platform/v1/projects?since=yesterday").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("INVALID_INPUT"))
                .body("errors[0].field", equalTo("since")).body("errors[0].code", equalTo("INVALID_INSTANT"));
        given().auth().oauth2(Exchange.SHANDONG).get("/api/platform/v1/projects?limit=501").then()
                .statusCode(400).body("errors[0].code", equalTo("INVALID_PAGE_SIZE"));
        given().auth().oauth2(Exchange.SHANDONG).get("/api/platform/v1/projects?after=garbage").then()
                .statusCode(400).body("errors[0].code", equalTo("INVALID_CURSOR"));
    }

    private static io.restassured.response.ValidatableResponse pull(String token, String since, String after, int limit) {
        var r = given().auth().oauth2(token).queryParam("limit", limit);
        if (since != null) r = r.queryParam("since", since);
        if (after != null) r = r.queryParam("after", after);
        return r.when().get("/api/platform/v1/projects").then().log().ifValidationFails();
    }
}
