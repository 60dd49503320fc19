package org.egov.itpm.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Sends GraphQL documents (Java text blocks) to /graphql. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql").then().log().ifValidationFails();
    }

    public static ValidatableResponse postAs(TestTokens.Person person, String query, Map<String, Object> variables) {
        return postAs(TestTokens.tokenFor(person), query, variables);
    }

    public static ValidatableResponse postAs(String bearerToken, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().auth().oauth2(bearerToken).contentType(ContentType.JSON).body(body).when().post("/graphql")
                .then().log().ifValidationFails();
    }
}
