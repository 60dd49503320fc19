package org.egov.itpm.platform.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.platform.exchange.Exchange;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/** Issue #14's uncoded answers, each now a stable code with both languages and nothing stored. */
@QuarkusTest
class CodedErrorsTest {

    @Test
    void aNulCharacterInAGraphQLVariableOrLiteralIsAnInputError() {
        GraphQL.postAs(TestTokens.QUFU_STAFF, """
                mutation($input: ProjectInput!) { createProject(input: $input) { id } }""",
                Map.of("input", Map.of("name", "零\u0000字符", "kind", "CONSTRUCTION", "fundingSource", "FISCAL",
                        "year", 2026, "estimatedInvestment", "1000.00")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("NUL_CHARACTER"))
                .body("errors[0].extensions.details.fieldErrors[0].field", equalTo("$input.name"));
        GraphQL.postAs(TestTokens.QUFU_STAFF,
                "{ projects(first: 1, filter: {nameContains: \"a\\u0000b\"}) { totalCount } }", Map.of())
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("NUL_CHARACTER"));
    }

    @Test
    void aNulCharacterInARestBodyOrParameterIsAnInputError() {
        Map<String, Object> body = Exchange.approved("NUL-" + Exchange.serial5(), "2026-370881-65-01-0"
                + Exchange.serial5(), "曲发改〔2026〕7号");
        body.put("DEPT_NAME", "曲阜\u0000发改局");
        given().auth().oauth2(Exchange.SHANDONG).contentType(ContentType.JSON).body(body)
                .put("/api/platform/v1/approval-results/" + body.get("APPROVAL_ITEMID")).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_INPUT"))
                .body("errors[0].field", equalTo("DEPT_NAME")).body("errors[0].code", equalTo("NUL_CHARACTER"));
        given().auth().oauth2(Exchange.SHANDONG).urlEncodingEnabled(false)
                .get("/api/platform/v1/projects?after=%00").then().statusCode(400)
                .body("code", equalTo("INVALID_INPUT")).body("errors[0].code", equalTo("NUL_CHARACTER"));
    }

    @Test
    void pullParametersOutOfRangeAreCoded() {
        given().auth().oauth2(Exchange.SHANDONG).urlEncodingEnabled(false)
                .get("/api/platform/v1/projects?since=%2B1000000000-01-01T00:00:00Z").then().statusCode(400)
                .body("errors[0].code", equalTo("INVALID_INSTANT"));
        given().auth().oauth2(Exchange.SHANDONG).get("/api/platform/v1/projects?limit=abc").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].code", equalTo("INVALID_PAGE_SIZE"));
        given().auth().oauth2(Exchange.ADMIN).get("/api/platform/v1/deliveries?limit=x").then()
                .statusCode(400).body("errors[0].code", equalTo("INVALID_PAGE_SIZE"));
    }

    @Test
    void aHandMadeCursorIsRefusedAsACursor() {
        // each within the cursor's length limit (TextLimits.CURSOR); a longer one is TOO_LONG before it is read
        for (String raw : new String[] {"CREATED_AT|+1000000000-01-01T00:00:00Z|" + UUID.randomUUID(),
                "CREATED_AT|" + "9".repeat(300) + "|x", "ESTIMATED_INVESTMENT|1E+1000000|" + UUID.randomUUID()}) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            String order = raw.startsWith("ESTIMATED") ? ", orderBy: {field: ESTIMATED_INVESTMENT}" : "";
            GraphQL.postAs(TestTokens.QUFU_STAFF, "query($after: String) { projects(first: 2, after: $after" + order
                    + ") { totalCount } }", Map.of("after", cursor))
                    .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                    .body("errors[0].extensions.details.fieldErrors[0].code", equalTo("INVALID_CURSOR"));
        }
    }

    @Test
    void aMalformedGraphQLEnvelopeIsACodedBadRequest() {
        String token = TestTokens.tokenFor(TestTokens.QUFU_STAFF);
        for (String body : new String[] {"{", "[]", "{}", "{\"query\": 5}", "{\"query\": \"{ policyPacks { id } }\", \"variables\": \"x\"}",
                "{\"query\": \"{ policyPacks { id } }\", \"operationName\": 5}", ""}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/graphql").then()
                    .statusCode(400).body("errors[0].extensions.code", equalTo("INVALID_REQUEST"))
                    .body("errors[0].extensions.messages.zh", containsString("GraphQL请求格式无效"));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"query\": \"{ policyPacks { id } }\", \"variables\": null, \"operationName\": null}")
                .post("/graphql").then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void anonymousAndBadTokensGetACodedUnauthenticated() {
        given().get("/api/v1/documents/" + UUID.randomUUID() + "/content").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"))
                .body("messages.zh", containsString("请先登录"));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ policyPacks { id } }")).post("/graphql")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].extensions.status", equalTo(401))
                .body("errors[0].extensions.messages.zh", containsString("请先登录"));
        // a well-formed token signed by the right key, but expired: coded on both APIs
        String expired = TestTokens.expiredTokenFor(TestTokens.QUFU_STAFF);
        given().auth().oauth2(expired).contentType(ContentType.JSON).body(Map.of("query", "{ policyPacks { id } }"))
                .post("/graphql").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("expired"));
        given().auth().oauth2(expired).header("Accept-Language", "zh-CN").get("/api/platform/v1/projects").then()
                .statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"))
                .body("title", equalTo("Sign in first: send a valid bearer token"))
                .body("detail", containsString("访问令牌已过期"));
        given().auth().oauth2("not.a.token").contentType(ContentType.JSON)
                .body(Map.of("query", "{ policyPacks { id } }")).post("/graphql")
                .then().statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2("garbage").get("/api/platform/v1/projects").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aForgedTokenGetsACodedUnauthenticated() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = io.smallrye.jwt.build.Jwt.issuer("https://itpm.test/realms/itpm").audience("itpm-api")
                .subject("qufu-staff").claim("realm_access", Map.of("roles", java.util.List.of("admin")))
                .expiresIn(3600).jws().keyId("test").sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(forged).contentType(ContentType.JSON).body(Map.of("query", "{ policyPacks { id } }"))
                .post("/graphql").then().statusCode(401).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(forged).get("/api/platform/v1/projects").then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aRoleTheRestApiRefusesGetsACodedForbidden() {
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF)).get("/api/platform/v1/projects").then()
                .statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"))
                .body("messages.zh", containsString("无权"));
    }

    @Test
    void aDocumentWithAMalformedContentTypeIsRefusedNotStoredUndownloadable() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "媒体类型测试", "1000.00", "CONSTRUCTION", "FISCAL");
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF))
                .multiPart("type", "OTHER").multiPart("file", "x.bin", new byte[] {1, 2}, "a")
                .post("/api/v1/projects/" + w.projectId + "/documents").then().statusCode(400)
                .body("errors.code", hasItem("INVALID_CONTENT_TYPE"));
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF))
                .multiPart("type", "OTHER").multiPart("file", "x.bin", new byte[] {1, 2}, "application/x-custom")
                .post("/api/v1/projects/" + w.projectId + "/documents").then().statusCode(201);
    }
}
