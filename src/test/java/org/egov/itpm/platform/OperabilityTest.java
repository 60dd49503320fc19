package org.egov.itpm.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Health, metrics, GraphQL hardening and the error model. */
@QuarkusTest
class OperabilityTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text"))
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void overDeepQueryIsRefusedBeforeExecution() {
        String deep = "{ projects(first: 1) { edges { node { phases { phases { phases { phases { phases { phases"
                + " { phases { phases { phases { phases { name } } } } } } } } } } } } } }";
        GraphQL.postAs(TestTokens.QUFU_STAFF, deep, Map.of())
                .body("errors[0].message", containsString("maximum query depth exceeded"))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void invalidQueryHasACodeToo() {
        GraphQL.postAs(TestTokens.QUFU_STAFF, "{ projects(first: 1) { edges { node { noSuchField } } } }", Map.of())
                .body("errors[0].extensions.code", equalTo("INVALID_QUERY"))
                .body("errors[0].extensions.messages.zh", containsString("查询语句无效"));
    }

    @Test
    void restErrorsAreProblemJsonInTheCallersLanguage() {
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF)).header("Accept-Language", "zh-CN,zh;q=0.9")
                .get("/api/v1/documents/00000000-0000-0000-0000-000000000001/content")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("status", equalTo(404))
                .body("detail", containsString("未找到"))
                .body("messages.en", containsString("not found"))
                .body("$", not(org.hamcrest.Matchers.hasKey("stackTrace")));
    }

    @Test
    void graphqlErrorsUseTheSameCodeAndLanguage() {
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF)).header("Accept-Language", "zh")
                .contentType("application/json")
                .body(Map.of("query", "{ project(id: \"00000000-0000-0000-0000-000000000001\") { name } }"))
                .post("/graphql").then()
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", containsString("未找到"))
                .body("errors[0].extensions.messages.en", containsString("not found"));
    }

    @Test
    void malformedIdIsAClearInputError() {
        GraphQL.postAs(TestTokens.QUFU_STAFF, "{ project(id: \"not-a-uuid\") { name } }", Map.of())
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("INVALID_ID"));
    }

    @Test
    void anonymousRestCallIsProblemJson401() {
        given().get("/api/v1/documents/00000000-0000-0000-0000-000000000001/content").then().statusCode(401);
    }
}
