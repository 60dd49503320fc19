package org.egov.itpm.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.security.KeycloakAdminClient;
import org.egov.itpm.security.Roles;
import org.jboss.logging.Logger;
import org.egov.itpm.common.LogEvent;

/**
 * The people reminders are addressed to: Keycloak users with the roles that receive them, their {@code org_code},
 * {@code region_code} and e-mail, read through the admin REST API with the {@code itpm-directory} service account.
 * Cached; when Keycloak is unreachable the last good copy is used and one WARN is logged until it answers again.
 */
@ApplicationScoped
public class PeopleDirectory {

    private static final Logger LOG = Logger.getLogger(PeopleDirectory.class);
    /** Roles whose holders receive reminders or escalation digests. */
    protected static final List<String> ROLES = List.of(Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER,
            Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER);

    /** A person who may be notified; {@code email} is null when Keycloak has none. */
    public record Person(String username, String displayName, String email, Set<String> roles, String orgCode,
                         String regionCode) {
        public boolean hasRole(String role) {
            return roles.contains(role);
        }
    }

    private final ItpmConfig.Directory config;
    private final ObjectMapper json;
    private final Clock clock;
    private final KeycloakAdminClient admin;
    private volatile List<Person> cached = List.of();
    private volatile Instant cachedUntil = Instant.EPOCH;
    private volatile boolean warned;

    /** For CDI client proxies only. */
    protected PeopleDirectory() {
        this.config = null;
        this.json = null;
        this.admin = null;
        this.clock = null;
    }

    @Inject
    public PeopleDirectory(ItpmConfig config, ObjectMapper json, Clock clock) {
        this.config = config.directory();
        this.admin = new KeycloakAdminClient(this.config, json);
        this.json = json;
        this.clock = clock;
    }

    /** Everyone holding one of {@link #ROLES}. */
    public List<Person> all() {
        if (clock.instant().isBefore(cachedUntil)) {
            return cached;
        }
        try {
            List<Person> fresh = fetch();
            cached = fresh;
            cachedUntil = clock.instant().plus(config.cacheTtl());
            if (warned) {
                LOG.infof("%s people directory: Keycloak answers again (%d people)", LogEvent.PEOPLE_DIRECTORY_BACK, fresh.size());
                warned = false;
            }
            return fresh;
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (!warned) {
                LOG.warnf("%s people directory unavailable (%s); using the last good copy of %d people until"
                        + " Keycloak answers", LogEvent.PEOPLE_DIRECTORY_UNAVAILABLE, e.toString(), cached.size());
                warned = true;
            }
            return cached;
        }
    }

    /** Builds people from Keycloak user representations, each listed under the role it was found with. */
    protected static List<Person> people(Map<String, List<JsonNode>> usersByRole) {
        Map<String, Person> byName = new LinkedHashMap<>();
        usersByRole.forEach((role, users) -> users.forEach(u -> {
            String username = u.path("username").asText();
            Person known = byName.get(username);
            Set<String> roles = new HashSet<>(known == null ? Set.of() : known.roles());
            roles.add(role);
            String name = (u.path("lastName").asText("") + u.path("firstName").asText("")).trim();
            String email = u.path("email").asText("").isBlank() ? null : u.path("email").asText();
            // The same user listed under another role may come with fewer fields: keep what is known.
            byName.put(username, new Person(username,
                    !name.isEmpty() ? name : known != null ? known.displayName() : username,
                    email != null || known == null ? email : known.email(), Set.copyOf(roles),
                    either(attribute(u, "org_code"), known == null ? null : known.orgCode()),
                    either(attribute(u, "region_code"), known == null ? null : known.regionCode())));
        }));
        return List.copyOf(byName.values());
    }

    private static String either(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static String attribute(JsonNode user, String name) {
        JsonNode v = user.path("attributes").path(name);
        return v.isArray() && !v.isEmpty() ? v.get(0).asText() : null;
    }

    /** What {@link #people} reads of a user, so a long listing is not kept as full representations. */
    private static JsonNode contact(JsonNode user) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("username", "firstName", "lastName", "email")) {
            if (user.has(field)) {
                kept.set(field, user.get(field));
            }
        }
        ObjectNode attributes = kept.putObject("attributes");
        for (String name : List.of("org_code", "region_code")) {
            if (user.path("attributes").has(name)) {
                attributes.set(name, user.path("attributes").get(name));
            }
        }
        return kept;
    }

    private List<Person> fetch() throws IOException, InterruptedException {
        Map<String, List<JsonNode>> byRole = new LinkedHashMap<>();
        for (String role : ROLES) {
            byRole.put(role, admin.usersWithRole(role, PeopleDirectory::contact));
        }
        return people(byRole);
    }
}
