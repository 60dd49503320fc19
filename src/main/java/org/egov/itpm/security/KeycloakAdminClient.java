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
import java.util.function.Function;
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

    /**
     * Every holder of the realm role (granted directly), read page by page and kept as {@code as} makes them; at most
     * {@code itpm.directory.max-users}, or an IOException (see {@link UserPages}).
     */
    public <T> List<T> usersWithRole(String role, Function<JsonNode, T> as) throws IOException, InterruptedException {
        String token = serviceToken();
        return UserPages.readAll((first, max) -> page(role, token, first, max), as, config.pageSize(),
                config.maxUsers(), "holders of role " + role);
    }

    private List<JsonNode> page(String role, String token, int first, int max) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(config.keycloakUrl()
                        + "/admin/realms/" + config.realm() + "/roles/" + enc(role)
                        + "/users?briefRepresentation=false&first=" + first + "&max=" + max))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build(),
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
