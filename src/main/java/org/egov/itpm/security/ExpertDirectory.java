package org.egov.itpm.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.egov.itpm.common.ItpmConfig;
import org.jboss.logging.Logger;
import org.egov.itpm.common.LogEvent;

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
    private final KeycloakAdminClient admin;
    private volatile List<Expert> cached = List.of();
    private volatile Instant cachedUntil = Instant.EPOCH;

    /** For CDI client proxies only. */
    protected ExpertDirectory() {
        this.config = null;
        this.json = null;
        this.admin = null;
        this.clock = null;
    }

    @Inject
    public ExpertDirectory(ItpmConfig config, ObjectMapper json, Clock clock) {
        this.config = config.directory();
        this.admin = new KeycloakAdminClient(this.config, json);
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
            LOG.warnf("%s expert directory unavailable (%s); using %d cached experts",
                    LogEvent.EXPERT_DIRECTORY_UNAVAILABLE, e.getMessage(), cached.size());
            return cached;
        }
    }

    private List<Expert> fetch() throws IOException, InterruptedException {
        List<Expert> experts = new ArrayList<>();
        for (JsonNode user : admin.usersWithRole("expert", 1000)) {
            String name = (user.path("lastName").asText("") + user.path("firstName").asText("")).trim();
            JsonNode region = user.path("attributes").path("region_code");
            experts.add(new Expert(user.path("username").asText(), name.isEmpty() ? user.path("username").asText() : name,
                    region.isArray() && !region.isEmpty() ? region.get(0).asText() : null));
        }
        return List.copyOf(experts);
    }
}
