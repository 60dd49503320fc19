package org.egov.itpm.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gets access tokens from the {@code itpm} realm (java.net.http + Jackson), for tests and the local run.
 *
 * <pre>
 * TokenClient tokens = new TokenClient("http://localhost:8180/realms/itpm");
 * String user = tokens.passwordGrant("qufu-staff", "demo");                      // itpm-frontend, demo only
 * String platform = tokens.clientCredentials("platform-jiangxi", "platform-jiangxi-secret");
 * JsonNode claims = TokenClient.claims(user);
 * </pre>
 */
public final class TokenClient {

    public static final String FRONTEND_CLIENT = "itpm-frontend";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI tokenEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param realmUrl the issuer, e.g. {@code http://localhost:8180/realms/itpm} */
    public TokenClient(String realmUrl) {
        String base = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        this.tokenEndpoint = URI.create(base + "/protocol/openid-connect/token");
    }

    /** Resource-owner password grant against the public client {@code itpm-frontend} (demo and tests only). */
    public String passwordGrant(String username, String password) {
        return passwordGrant(FRONTEND_CLIENT, username, password);
    }

    public String passwordGrant(String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        return accessToken(request(form));
    }

    /** Client-credentials grant of a confidential client (platform clients, {@code itpm-directory}). */
    public String clientCredentials(String clientId, String clientSecret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return accessToken(request(form));
    }

    /** Posts any form to the token endpoint and returns status and JSON body, without judging them. */
    public Response request(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest req = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
            return new Response(r.statusCode(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + tokenEndpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String accessToken(Response r) {
        if (r.status() != 200 || !r.body().hasNonNull("access_token")) {
            throw new TokenException(r.status(), r.body());
        }
        return r.body().get("access_token").asText();
    }

    /** The decoded payload of a JWT (no signature check: for tests and display only). */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public record Response(int status, JsonNode body) {
    }

    /** The token endpoint refused: status and Keycloak's {@code error} / {@code error_description}. */
    public static final class TokenException extends RuntimeException {
        private final int status;
        private final JsonNode body;

        TokenException(int status, JsonNode body) {
            super("token request refused: HTTP " + status + " " + body);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public JsonNode body() {
            return body;
        }
    }
}
