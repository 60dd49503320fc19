package org.egov.itpm.replicas;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The test configuration with small delivery rounds (two deliveries claimed per transaction), so that two
 * replicas delivering at once both get a share of the work.
 */
public class ReplicaProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("itpm.exchange.delivery.batch-size", "2");
    }
}
