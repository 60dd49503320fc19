package org.egov.itpm.replicas;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The test configuration with the webhook deliverer scheduled, as in production (every second). */
public class ReplicaProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("itpm.exchange.delivery.interval", "1s");
    }
}
