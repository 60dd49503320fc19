package org.egov.itpm.platform.exchange;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.hamcrest.Matchers;

/** Calls of the platform exchange API as a Shandong or Jiangxi platform, and small fixtures. */
public final class Exchange {

    public static final String SHANDONG = TestTokens.token("service-account-platform-shandong", List.of("platform"),
            null, "370000");
    public static final String JIANGXI = TestTokens.token("service-account-platform-jiangxi", List.of("platform"),
            null, "360000");
    public static final String ADMIN = TestTokens.tokenFor(TestTokens.ADMIN);
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 50_000));

    private Exchange() {
    }

    /** A fresh, unused serial for 项目代码 in this JVM. */
    public static String serial5() {
        return String.format("%05d", SERIAL.incrementAndGet() % 100_000);
    }

    public static ValidatableResponse pushCode(String token, String localCode, String code) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("projectCode", code))
                .when().put("/api/platform/v1/projects/" + localCode + "/national-code").then().log().ifValidationFails();
    }

    public static ValidatableResponse pushResult(String token, String itemId, String key, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().put("/api/platform/v1/approval-results/" + itemId).then().log().ifValidationFails();
    }

    /** An APPROVED PROJECT_APPROVAL result for a Qufu project. */
    public static Map<String, Object> approved(String itemId, String projectCode, String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("APPROVAL_ITEMID", itemId);
        body.put("PROJECT_CODE", projectCode);
        body.put("ITEM_CODE", "PROJECT_APPROVAL");
        body.put("CURRENT_STATE", "APPROVED");
        body.put("DEAL_TIME", "2026-03-02 08:30:00");
        body.put("PLAN_FINISH_DATE", "2026-03-10");
        body.put("DEPT_CODE", "11370881MB1234567D");
        body.put("DEPT_NAME", "曲阜市发展和改革局");
        body.put("DIVISION_CODE", "370881");
        body.put("APPROVAL_NUM", number);
        body.put("APPROVAL_MONEY", 580);
        return body;
    }

    /** Creates a DRAFT project as {@code unit}; returns {id, localCode}. */
    public static String[] project(TestTokens.Person unit, String name) {
        Map<String, Object> data = GraphQL.postAs(unit, """
                mutation($input: ProjectInput!) { createProject(input: $input) { id localCode } }""",
                Map.of("input", Map.of("name", name, "kind", "CONSTRUCTION", "fundingSource", "FISCAL", "year", 2026,
                        "estimatedInvestment", "1000000.00"))).body("errors", Matchers.nullValue())
                .extract().path("data.createProject");
        return new String[] {(String) data.get("id"), (String) data.get("localCode")};
    }

    public static String localCode(String projectId) {
        return GraphQL.postAs(TestTokens.ADMIN, "query($id: ID!) { project(id: $id) { localCode } }",
                Map.of("id", projectId)).extract().path("data.project.localCode");
    }
}
