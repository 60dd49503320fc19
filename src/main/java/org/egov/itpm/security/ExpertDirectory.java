package org.egov.itpm.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.egov.itpm.common.ItpmConfig;
import org.jboss.logging.Logger;

/**
 * The expert pool (专家库): Keycloak users with realm role {@code expert}, read through the admin REST API with the
 * {@code itpm-directory} service account and cached briefly. People live in Keycloak, not in our database.
 */
@ApplicationScoped
public class ExpertDirectory {

    private static final Logger LOG = Logger.getLogger(ExpertDirectory.class);

    /** An expert of the pool. */
    public record Expert(String username, String displayName, String regionCode) {
    }

    private final ItpmConfig.Directory config;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile List<Expert> cached = List.of();
    private volatile Instant cachedUntil = Instant.EPOCH;

    /** For CDI client proxies only. */
    protected ExpertDirectory() {
        this.config = null;
        this.json = null;
        this.clock = null;
    }

    @Inject
    public ExpertDirectory(ItpmConfig config, ObjectMapper json, Clock clock) {
        this.config = config.directory();
        this.json = json;
        this.clock = clock;
    }

    /** Experts who may sit on a panel for a project in {@code regionCode}: those whose region contains it. */
    public List<Expert> expertsFor(String regionCode) {
        return all().stream().filter(e -> e.regionCode() != null && RegionCodes.isValid(e.regionCode())
                && RegionCodes.contains(e.regionCode(), regionCode)).toList();
    }

    public List<Expert> all() {
        if (clock.instant().isBefore(cachedUntil)) {
            return cached;
        }
        try {
            List<Expert> fresh = fetch();
            cached = fresh;
            cachedUntil = clock.instant().plus(config.cacheTtl());
            return fresh;
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("expert directory unavailable (%s); using %d cached experts", e.getMessage(), cached.size());
            return cached;
        }
    }

    private List<Expert> fetch() throws IOException, InterruptedException {
        String base = config.keycloakUrl() + "/admin/realms/" + config.realm();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/roles/expert/users?briefRepresentation=false&max=1000"))
                .header("Authorization", "Bearer " + serviceToken()).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak answered " + response.statusCode());
        }
        List<Expert> experts = new ArrayList<>();
        for (JsonNode user : json.readTree(response.body())) {
            String name = (user.path("lastName").asText("") + user.path("firstName").asText("")).trim();
            JsonNode region = user.path("attributes").path("region_code");
            experts.add(new Expert(user.path("username").asText(), name.isEmpty() ? user.path("username").asText() : name,
                    region.isArray() && !region.isEmpty() ? region.get(0).asText() : null));
        }
        return List.copyOf(experts);
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
