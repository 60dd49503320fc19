package org.egov.itpm.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.policy.ExpertField;
import org.jboss.logging.Logger;
import org.egov.itpm.common.LogEvent;

/**
 * The expert pool (专家库): Keycloak users with realm role {@code expert}, read through the admin REST API with the
 * {@code itpm-directory} service account. People live in Keycloak, not in our database. The pool is cached and
 * refreshed on a schedule (ExpertPoolRefresh) and when a reader finds it older than the cache TTL; when Keycloak
 * cannot be read the last good copy is served and marked stale (docs/security.md "Expert pool").
 */
@ApplicationScoped
public class ExpertDirectory {

    private static final Logger LOG = Logger.getLogger(ExpertDirectory.class);

    /** User-profile attributes of an expert (keycloak/itpm-realm.json). */
    public static final String FIELDS = "expert_fields", ORGANISATION = "organisation_code",
            AVAILABLE = "expert_available";

    /**
     * An expert of the pool. {@code organisationCodes} holds the employer's credit code ({@code organisation_code});
     * the account's {@code org_code} is the authority keeping the pool, not the employer, so avoidance ignores it.
     * An expert without {@code expert_available} is available.
     */
    public record Expert(String username, String displayName, String regionCode, Set<ExpertField> fields,
                         Set<String> organisationCodes, boolean available) {

        public Expert(String username, String displayName, String regionCode) {
            this(username, displayName, regionCode, Set.of(), Set.of(), true);
        }
    }

    /** The pool as last read: {@code asOf} is the last successful read; {@code stale} when a later read failed. */
    public record Pool(List<Expert> experts, Instant asOf, boolean stale) {
    }

    private final ItpmConfig.Directory config;
    private final Clock clock;
    private final KeycloakAdminClient admin;
    private volatile Pool cached = new Pool(List.of(), null, true);
    private volatile Instant cachedUntil = Instant.EPOCH;

    /** For CDI client proxies only. */
    protected ExpertDirectory() {
        this.config = null;
        this.admin = null;
        this.clock = null;
    }

    @Inject
    public ExpertDirectory(ItpmConfig config, ObjectMapper json, Clock clock) {
        this.config = config.directory();
        this.admin = new KeycloakAdminClient(this.config, json);
        this.clock = clock;
    }

    /** Experts who may sit on a panel for a project in {@code regionCode}: those whose region contains it. */
    public List<Expert> expertsFor(String regionCode) {
        return inRegion(all(), regionCode);
    }

    /** The pool for a project in {@code regionCode}, with the age of the copy it comes from. */
    public Pool poolFor(String regionCode) {
        Pool pool = pool();
        return new Pool(inRegion(pool.experts(), regionCode), pool.asOf(), pool.stale());
    }

    public List<Expert> all() {
        return pool().experts();
    }

    /** The cached pool, re-read first when older than the cache TTL. */
    public Pool pool() {
        if (clock.instant().isBefore(cachedUntil)) {
            return cached;
        }
        return refresh();
    }

    /** Reads the pool from Keycloak now; on failure keeps the last good copy and marks it stale. */
    public Pool refresh() {
        try {
            List<Expert> fresh = load();
            Instant now = clock.instant();
            cached = new Pool(fresh, now, false);
            cachedUntil = now.plus(config.cacheTtl());
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Pool last = cached;
            LOG.warnf("%s expert directory unavailable (%s); using %d cached experts as of %s",
                    LogEvent.EXPERT_DIRECTORY_UNAVAILABLE, e.toString(), last.experts().size(), last.asOf());
            cached = new Pool(last.experts(), last.asOf(), true);
        }
        return cached;
    }

    /** Reads every expert from Keycloak. */
    protected List<Expert> load() throws IOException, InterruptedException {
        return admin.usersWithRole("expert", ExpertDirectory::fromRepresentation);
    }

    /** An expert from a Keycloak user representation (admin API or realm import file). */
    public static Expert fromRepresentation(JsonNode user) {
        String username = user.path("username").asText();
        String name = (user.path("lastName").asText("") + user.path("firstName").asText("")).trim();
        JsonNode attributes = user.path("attributes");
        Set<ExpertField> fields = EnumSet.noneOf(ExpertField.class);
        for (JsonNode value : attributes.path(FIELDS)) {
            try {
                fields.add(ExpertField.valueOf(value.asText()));
            } catch (IllegalArgumentException unknown) {
                LOG.warnf("%s expert %s has unknown field %s (ignored)", LogEvent.EXPERT_FIELD_UNKNOWN, username, value.asText());
            }
        }
        String employer = first(attributes, ORGANISATION);
        return new Expert(username, name.isEmpty() ? username : name, first(attributes, "region_code"),
                Set.copyOf(fields), employer == null ? Set.of() : Set.of(employer),
                !"false".equalsIgnoreCase(first(attributes, AVAILABLE)));
    }

    private static String first(JsonNode attributes, String name) {
        JsonNode values = attributes.path(name);
        return values.isArray() && !values.isEmpty() ? values.get(0).asText() : null;
    }

    private static List<Expert> inRegion(List<Expert> experts, String regionCode) {
        return experts.stream().filter(e -> e.regionCode() != null && RegionCodes.isValid(e.regionCode())
                && RegionCodes.contains(e.regionCode(), regionCode)).toList();
    }
}
