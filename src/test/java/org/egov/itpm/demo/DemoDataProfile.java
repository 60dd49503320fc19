package org.egov.itpm.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The local run's demo data (organisations and projects, docs/demo-data.md) loaded at start, in a database of its
 * own (testsupport.PostgresResource), so the other tests never see the demo projects.
 */
public class DemoDataProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("itpm.demo-data.scripts",
                "db/demo/R__demo_organisations.sql,db/demo-projects/R__demo_projects.sql");
    }
}
