package org.egov.itpm.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.egov.itpm.devstack.KeycloakServer;

/** Runs the service against a real Keycloak started from keycloak/itpm-realm.json + keycloak/demo/, as the local run does. */
public class RealKeycloakProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakResource.class));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }

    /** Starts Keycloak once per JVM (fresh data so the realm file always wins) and points OIDC at it. */
    public static class KeycloakResource implements QuarkusTestResourceLifecycleManager {

        private static KeycloakServer keycloak;

        public static KeycloakServer keycloak() {
            return keycloak;
        }

        @Override
        public synchronized Map<String, String> start() {
            if (keycloak == null) {
                try {
                    keycloak = KeycloakServer.builder().baseDir(Path.of("target", "keycloak"))
                            .port(KeycloakServer.freePort()).freshData(true).start();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("cannot start Keycloak", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while starting Keycloak", e);
                }
            }
            return Map.of(
                    "quarkus.oidc.auth-server-url", keycloak.realmUrl(),
                    "quarkus.oidc.public-key", "",
                    "quarkus.oidc.token.issuer", keycloak.realmUrl(),
                    "itpm.directory.keycloak-url", keycloak.url(),
                    "test.directory.keycloak", "true",
                    // pages of two, so every listing of a role (11 experts, 5 supervisors) spans several requests
                    "itpm.directory.page-size", "2");
        }

        @Override
        public void stop() {
            if (keycloak != null) {
                keycloak.stop();
                keycloak = null;
            }
        }
    }
}
