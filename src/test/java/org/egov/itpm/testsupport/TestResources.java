package org.egov.itpm.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the shared test resources for every @QuarkusTest in the module. */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
public final class TestResources {
    private TestResources() {
    }
}
