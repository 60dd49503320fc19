package org.egov.itpm.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.security.ExpertDirectory;

/**
 * The demo expert pool of keycloak/demo/itpm-demo-users.json, for tests that run without Keycloak. The Keycloak-backed
 * directory itself is exercised against a real Keycloak by RealKeycloakIT (test.directory.keycloak=true).
 */
@Mock
@ApplicationScoped
public class DemoExpertDirectory extends ExpertDirectory {

    private final boolean useKeycloak;

    /** For CDI client proxies only. */
    protected DemoExpertDirectory() {
        this.useKeycloak = false;
    }

    @Inject
    public DemoExpertDirectory(ItpmConfig config, ObjectMapper json, Clock clock,
                               @ConfigProperty(name = "test.directory.keycloak", defaultValue = "false") boolean useKeycloak) {
        super(config, json, clock);
        this.useKeycloak = useKeycloak;
    }

    @Override
    public List<Expert> all() {
        if (useKeycloak) {
            return super.all();
        }
        return List.of(new Expert("expert-zhang", "张专家", "370881"), new Expert("expert-li", "李专家", "370881"),
                new Expert("expert-wang", "王专家", "370881"), new Expert("expert-chen", "陈专家", "360000"),
                new Expert("expert-liu", "刘专家", "360000"),
                new Expert("expert-zhao", "赵专家", "230502"), new Expert("expert-sun", "孙专家", "500237"),
                new Expert("expert-zhou", "周专家", "150200"));
    }
}
