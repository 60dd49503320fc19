package org.egov.itpm.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.egov.itpm.common.ItpmConfig;

/** Reads Keycloak's admin REST API with the {@code itpm-directory} service account: the users holding a realm role. */
public final class KeycloakAdminClient {

    private final ItpmConfig.Directory config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public KeycloakAdminClient(ItpmConfig.Directory config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** Full user representations of the realm role's holders, at most {@code max}. */
    public List<JsonNode> usersWithRole(String role, int max) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(config.keycloakUrl()
                        + "/admin/realms/" + config.realm() + "/roles/" + role
                        + "/users?briefRepresentation=false&max=" + max))
                .header("Authorization", "Bearer " + serviceToken()).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak answered " + response.statusCode() + " for role " + role);
        }
        List<JsonNode> users = new ArrayList<>();
        json.readTree(response.body()).forEach(users::add);
        return users;
    }

    private String serviceToken() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + enc(config.clientId()) + "&client_secret="
                + enc(config.clientSecret());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(config.keycloakUrl() + "/realms/"
                        + config.realm() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("token request answered " + response.statusCode());
        }
        return json.readTree(response.body()).path("access_token").asText();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
