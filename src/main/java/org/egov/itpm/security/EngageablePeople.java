package org.egov.itpm.security;

import org.egov.itpm.common.LogEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.egov.itpm.common.ItpmConfig;
import org.jboss.logging.Logger;

/**
 * Supervisors (监理) and third-party evaluators known to Keycloak, so an engagement names a real person of the right
 * role. Read with the {@code itpm-directory} account like {@link ExpertDirectory}, cached per role; when Keycloak is
 * unreachable the last good copy is used.
 */
@ApplicationScoped
public class EngageablePeople {

    private static final Logger LOG = Logger.getLogger(EngageablePeople.class);
    public static final Set<String> ROLES = Set.of(Roles.SUPERVISOR, Roles.EVALUATOR);

    private final ItpmConfig.Directory config;
    private final Clock clock;
    private final KeycloakAdminClient admin;
    private final Map<String, Set<String>> cached = new HashMap<>();
    private final Map<String, Instant> cachedUntil = new HashMap<>();

    /** For CDI client proxies only. */
    protected EngageablePeople() {
        this.config = null;
        this.admin = null;
        this.clock = null;
    }

    @Inject
    public EngageablePeople(ItpmConfig config, ObjectMapper json, Clock clock) {
        this.config = config.directory();
        this.admin = new KeycloakAdminClient(this.config, json);
        this.clock = clock;
    }

    /** Whether {@code username} holds realm role {@code role} (one of {@link #ROLES}). */
    public boolean holds(String username, String role) {
        return usernamesWith(role).contains(username);
    }

    protected synchronized Set<String> usernamesWith(String role) {
        if (clock.instant().isBefore(cachedUntil.getOrDefault(role, Instant.EPOCH))) {
            return cached.get(role);
        }
        try {
            Set<String> fresh = Set.copyOf(admin.usersWithRole(role, u -> u.path("username").asText()));
            cached.put(role, fresh);
            cachedUntil.put(role, clock.instant().plus(config.cacheTtl()));
            return fresh;
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("%s people directory unavailable for role %s (%s); using the last good copy",
                    LogEvent.ENGAGEABLE_PEOPLE_UNAVAILABLE, role, e.toString());
            return cached.getOrDefault(role, Set.of());
        }
    }
}
