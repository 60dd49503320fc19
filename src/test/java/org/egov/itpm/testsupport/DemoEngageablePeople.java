package org.egov.itpm.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.security.EngageablePeople;

/** The demo supervisors and evaluators of keycloak/demo/itpm-demo-users.json, for tests without Keycloak. */
@Mock
@ApplicationScoped
public class DemoEngageablePeople extends EngageablePeople {

    private final boolean useKeycloak;

    /** For CDI client proxies only. */
    protected DemoEngageablePeople() {
        this.useKeycloak = false;
    }

    @Inject
    public DemoEngageablePeople(ItpmConfig config, ObjectMapper json, Clock clock,
                                @ConfigProperty(name = "test.directory.keycloak", defaultValue = "false") boolean useKeycloak) {
        super(config, json, clock);
        this.useKeycloak = useKeycloak;
    }

    @Override
    protected Set<String> usernamesWith(String role) {
        if (useKeycloak) {
            return super.usernamesWith(role);
        }
        try {
            Set<String> out = new HashSet<>();
            for (JsonNode user : new ObjectMapper().readTree(Path.of("keycloak/demo/itpm-demo-users.json").toFile())
                    .path("users")) {
                user.path("realmRoles").forEach(r -> {
                    if (r.asText().equals(role)) {
                        out.add(user.path("username").asText());
                    }
                });
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
