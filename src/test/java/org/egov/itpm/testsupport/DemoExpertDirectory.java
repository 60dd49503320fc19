package org.egov.itpm.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.security.ExpertDirectory;

/**
 * The demo expert pool of keycloak/demo/itpm-demo-users.json (the users with realm role expert, read the way the
 * admin API's representations are read), for tests that run without Keycloak; caching and the stale copy are the
 * real directory's. {@link #outage(boolean)} makes the source fail as an unreachable Keycloak would. The
 * Keycloak-backed source itself is exercised against a real Keycloak by RealKeycloakIT (test.directory.keycloak=true).
 */
@Mock
@ApplicationScoped
public class DemoExpertDirectory extends ExpertDirectory {

    private static final Path USERS = Path.of("keycloak/demo/itpm-demo-users.json");
    private static volatile boolean outage;

    private final boolean useKeycloak;
    private final ObjectMapper json;

    /** For CDI client proxies only. */
    protected DemoExpertDirectory() {
        this.useKeycloak = false;
        this.json = null;
    }

    @Inject
    public DemoExpertDirectory(ItpmConfig config, ObjectMapper json, Clock clock,
                               @ConfigProperty(name = "test.directory.keycloak", defaultValue = "false") boolean useKeycloak) {
        super(config, json, clock);
        this.useKeycloak = useKeycloak;
        this.json = json;
    }

    /** While on, reading the pool fails like an unreachable Keycloak. */
    public static void outage(boolean on) {
        outage = on;
    }

    @Override
    protected List<Expert> load() throws IOException, InterruptedException {
        if (outage) {
            throw new IOException("Keycloak unreachable (test outage)");
        }
        if (useKeycloak) {
            return super.load();
        }
        List<Expert> experts = new ArrayList<>();
        for (JsonNode user : json.readTree(USERS.toFile()).path("users")) {
            for (JsonNode role : user.path("realmRoles")) {
                if (role.asText().equals("expert")) {
                    experts.add(fromRepresentation(user));
                }
            }
        }
        return List.copyOf(experts);
    }
}
