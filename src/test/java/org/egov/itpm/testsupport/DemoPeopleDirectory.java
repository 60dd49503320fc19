package org.egov.itpm.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.notification.PeopleDirectory;

/**
 * The demo users as the people directory, for tests without Keycloak: read from the first existing of
 * keycloak/demo/itpm-demo-users.json and keycloak/itpm-realm.json (the same user objects, array {@code users}).
 */
@Mock
@ApplicationScoped
public class DemoPeopleDirectory extends PeopleDirectory {

    private static final List<Path> FILES = List.of(Path.of("keycloak/demo/itpm-demo-users.json"),
            Path.of("keycloak/itpm-realm.json"));

    private volatile List<Person> people;
    private final boolean useKeycloak;

    /** For CDI client proxies only. */
    protected DemoPeopleDirectory() {
        this.useKeycloak = false;
    }

    @Inject
    public DemoPeopleDirectory(ItpmConfig config, ObjectMapper json, Clock clock,
                               @ConfigProperty(name = "test.directory.keycloak", defaultValue = "false") boolean useKeycloak) {
        super(config, json, clock);
        this.useKeycloak = useKeycloak;
    }

    @Override
    public List<Person> all() {
        if (useKeycloak) {
            return super.all();
        }
        if (people == null) {
            people = load();
        }
        return people;
    }

    private static List<Person> load() {
        Path file = FILES.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo users file: " + FILES));
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            Map<String, List<JsonNode>> byRole = new LinkedHashMap<>();
            for (JsonNode user : root.path("users")) {
                user.path("realmRoles").forEach(r -> byRole.computeIfAbsent(r.asText(), k -> new ArrayList<>())
                        .add(user));
            }
            byRole.keySet().retainAll(ROLES);
            return people(byRole);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
