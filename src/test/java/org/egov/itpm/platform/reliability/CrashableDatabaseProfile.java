package org.egov.itpm.platform.reliability;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service against its own durable PostgreSQL, which the tests kill and restart
 * ({@link org.egov.itpm.testsupport.CrashableDatabase}; PostgresResource points this profile's datasource at it).
 * Pool settings are the production ones except a smaller pool, so "every connection can be had" is quick to prove.
 */
public class CrashableDatabaseProfile implements QuarkusTestProfile {

    static final int POOL = 10;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.max-size", String.valueOf(POOL));
    }
}
