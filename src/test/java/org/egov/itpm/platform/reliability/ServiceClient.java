package org.egov.itpm.platform.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.egov.itpm.testsupport.TestTokens;

/** A plain HTTP client for load from many threads, with a time limit on every request (RestAssured has none). */
final class ServiceClient {

    /** One answer: HTTP status, the error code (null when none), the body, the Retry-After header (or null). */
    record Answer(int status, String code, JsonNode body, String retryAfter) {
        boolean ok() {
            return status == 200 && code == null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    ServiceClient(URI base) {
        this.base = base;
    }

    Answer graphQL(TestTokens.Person who, String query, Map<String, Object> variables) {
        try {
            return graphQLBody(TestTokens.tokenFor(who), JSON.writeValueAsString(Map.of("query", query,
                    "variables", variables)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Any body, well-formed or not, to POST /graphql. */
    Answer graphQLBody(String token, String body) {
        return send(HttpRequest.newBuilder(base.resolve("/graphql")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer rest(String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        } catch (java.io.IOException notJson) {
            return JSON.nullNode();
        }
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = parse(r.body());
            String code = body.path("errors").path(0).path("extensions").path("code").asText(null);
            if (code == null && r.statusCode() >= 400) {
                code = body.path("code").asText("UNCODED");
            }
            return new Answer(r.statusCode(), code, body, r.headers().firstValue("Retry-After").orElse(null));
        } catch (java.io.IOException e) {
            return new Answer(-1, "CLIENT_" + e.getClass().getSimpleName(), JSON.nullNode(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "CLIENT_INTERRUPTED", JSON.nullNode(), null);
        }
    }
}
