package org.egov.itpm.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.egov.itpm.devstack.DemoRealm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Keycloak realm reaches the cluster only through k8s/realm/realm-import.sh, which wraps
 * keycloak/itpm-realm.json (the one source of truth of the realm) into the Keycloak Operator's KeycloakRealmImport.
 * The local run and the tests import the same realm plus the demo parts of keycloak/demo/ (DemoRealm), and
 * nothing else. ProductionRealmTest checks that the import holds no people and no secrets.
 */
class RealmImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REALM_FILE = "keycloak/itpm-realm.json";

    private static Path script() {
        return Deploy.root().resolve("k8s/realm/realm-import.sh");
    }

    private static ObjectNode generate(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("sh", script().toString()));
        command.addAll(List.of(args));
        List<ObjectNode> docs = KustomizeRenderer.parseDocuments(Kubectl.run(command, Deploy.root()));
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    @Test
    void generatorEmbedsAnyRealmFileVerbatimAsSpecRealm(@TempDir Path dir) throws IOException {
        // Awkward content on purpose: no trailing newline, nesting, unicode, quotes, YAML-looking strings.
        String realm = "{\"realm\": \"t\", \"enabled\": true, \"displayName\": \"政务 \\\"x\\\": - y\",\n"
                + " \"attributes\": {\"on\": \"no\", \"n\": \"012\"}, \"clients\": [{\"clientId\": \"a\", \"secret\": \"#1\"}],\n"
                + " \"smtpServer\": {}, \"list\": [], \"num\": 1.5e3}";
        Path file = dir.resolve("r.json");
        Files.writeString(file, realm);
        ObjectNode generated = generate(file.toString(), "kc-x");
        assertThat(generated.path("apiVersion").asText()).isEqualTo("k8s.keycloak.org/v2alpha1");
        assertThat(generated.path("kind").asText()).isEqualTo("KeycloakRealmImport");
        assertThat(generated.path("spec").path("keycloakCRName").asText()).isEqualTo("kc-x");
        assertThat(generated.path("spec").path("realm")).isEqualTo(JSON.readTree(realm));
    }

    @Test
    void theFrontEndsOriginReplacesTheDevelopmentOriginsOfItpmFrontendAndNothingElse() throws Exception {
        String origin = "https://itpm.example.gov.cn";
        List<String> command = List.of("env", "FRONTEND_ORIGIN=" + origin, "sh", script().toString());
        List<ObjectNode> docs = KustomizeRenderer.parseDocuments(Kubectl.run(command, Deploy.root()));
        JsonNode realm = docs.get(0).path("spec").path("realm");

        assertThat(realm.toString()).doesNotContain("localhost");
        JsonNode frontend = null;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("itpm-frontend")) {
                frontend = client;
            }
        }
        assertThat(frontend).isNotNull();
        assertThat(texts(frontend.path("redirectUris"))).containsOnly(origin + "/*");
        assertThat(texts(frontend.path("webOrigins"))).containsOnly(origin);
        assertThat(frontend.path("attributes").path("post.logout.redirect.uris").asText().split("##"))
                .containsOnly(origin + "/*");
        // the rest is the file
        JsonNode file = JSON.readTree(Deploy.root().resolve(REALM_FILE).toFile());
        assertThat(withoutFrontendOrigins(realm)).isEqualTo(withoutFrontendOrigins(file));
    }

    @Test
    void anOriginWithAPathOrAnotherSchemeIsRefused() {
        for (String bad : List.of("https://itpm.example.gov.cn/app", "ftp://itpm.example.gov.cn", "itpm.example.gov.cn",
                "https://a#b")) {
            assertThatThrownBy(() -> Kubectl.run(List.of("env", "FRONTEND_ORIGIN=" + bad, "sh", script().toString()),
                    Deploy.root())).as(bad).isInstanceOf(IOException.class).hasMessageContaining("FRONTEND_ORIGIN must be");
        }
    }

    private static JsonNode withoutFrontendOrigins(JsonNode realm) {
        JsonNode copy = realm.deepCopy();
        for (JsonNode client : copy.path("clients")) {
            if (client.path("clientId").asText().equals("itpm-frontend")) {
                ((ObjectNode) client).remove(List.of("redirectUris", "webOrigins"));
                ((ObjectNode) client.path("attributes")).remove("post.logout.redirect.uris");
            }
        }
        return copy;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void realmImportIsBuiltFromKeycloakItpmRealmJson() throws Exception {
        Path realmFile = Deploy.root().resolve(REALM_FILE);
        assumeTrue(Files.isRegularFile(realmFile), REALM_FILE + " is not on this branch yet (it comes from the keycloak branch)");
        JsonNode realm = JSON.readTree(realmFile.toFile());
        ObjectNode generated = generate(); // defaults: keycloak/itpm-realm.json, Keycloak CR "keycloak"
        assertThat(generated.path("spec").path("realm")).as("spec.realm is the content of " + REALM_FILE).isEqualTo(realm);
        assertThat(generated.path("metadata").path("annotations").path("egov.org/realm-source").asText()).isEqualTo(REALM_FILE);

        for (String overlay : Deploy.OVERLAYS) {
            List<ObjectNode> objects = Deploy.render(overlay);
            ObjectNode keycloak = Deploy.ofKind(objects, "Keycloak").get(0);
            assertThat(generated.path("spec").path("keycloakCRName").asText())
                    .as("%s: the import targets the rendered Keycloak CR", overlay).isEqualTo(keycloak.path("metadata").path("name").asText());
            JsonNode config = Deploy.get(objects, "ConfigMap", "egov-itpm-config").path("data");
            assertThat(config.path("KEYCLOAK_REALM").asText()).as("%s: KEYCLOAK_REALM", overlay).isEqualTo(realm.path("realm").asText());
            List<String> clientIds = realm.path("clients").findValuesAsText("clientId");
            assertThat(clientIds).as("%s: the realm has the clients the service is configured with", overlay)
                    .contains(config.path("OIDC_CLIENT_ID").asText(), config.path("DIRECTORY_CLIENT_ID").asText());
        }
        if (Kubectl.find().isPresent()) {
            // kubectl's own YAML parser reads the generated document the same way.
            Path dir = Files.createTempDirectory("realm-import");
            Files.writeString(dir.resolve("realm-import.yaml"), Kubectl.run(List.of("sh", script().toString()), Deploy.root()));
            Files.writeString(dir.resolve("kustomization.yaml"), "resources: [realm-import.yaml]\n");
            assertThat(Kubectl.kustomize(dir).get(0).path("spec").path("realm")).isEqualTo(realm);
        }
    }

    @Test
    void localRealmIsTheImportedRealmPlusOnlyTheDemoParts() throws Exception {
        JsonNode imported = generate().path("spec").path("realm");
        Path demo = Deploy.root().resolve(DemoRealm.DEMO_DIR);
        ObjectNode overlay = DemoRealm.read(demo.resolve(DemoRealm.OVERLAY_FILE));
        JsonNode demoUsers = DemoRealm.read(demo.resolve(DemoRealm.USERS_FILE)).path("users");
        ObjectNode local = DemoRealm.load(Deploy.root());

        List<JsonNode> expectedUsers = new java.util.ArrayList<>();
        imported.path("users").forEach(expectedUsers::add);
        demoUsers.forEach(expectedUsers::add);
        assertThat(local.path("users")).as("local users = the realm's service accounts + the demo people")
                .containsExactlyElementsOf(expectedUsers);
        assertThat(demoUsers).hasSize(59);

        // Undo exactly what the demo overlay set: what is left must be the imported realm, field for field.
        ObjectNode undone = local.deepCopy();
        undone.set("users", imported.path("users").deepCopy());
        overlay.fieldNames().forEachRemaining(f -> {
            if (!f.equals("clients")) {
                restore(undone, (ObjectNode) imported, f);
            }
        });
        for (JsonNode demoClient : overlay.path("clients")) {
            String id = demoClient.path("clientId").asText();
            demoClient.fieldNames().forEachRemaining(f -> restore(client(undone, id), client(imported, id), f));
        }
        assertThat(undone).as("nothing but the demo parts differs between the local and the production realm").isEqualTo(imported);
    }

    private static ObjectNode client(JsonNode realm, String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals(clientId)) {
                return (ObjectNode) c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static void restore(ObjectNode target, ObjectNode source, String field) {
        if (source.has(field)) {
            target.set(field, source.get(field).deepCopy());
        } else {
            target.remove(field);
        }
    }

    @Test
    void descriptionsFitKeycloaksColumns() throws Exception {
        JsonNode local = DemoRealm.load(Deploy.root());
        for (JsonNode d : local.findValues("description")) {
            assertThat(d.asText().length()).as("Keycloak stores descriptions in VARCHAR(255): %s", d.asText()).isLessThanOrEqualTo(255);
        }
    }

    @Test
    void noCopyOfTheRealmIsKeptUnderK8s() throws IOException {
        try (Stream<Path> files = Files.walk(Deploy.root().resolve("k8s"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                assertThat(f.toString()).as("no realm JSON under k8s/").doesNotEndWith(".json");
                assertThat(text).as("%s holds no realm content", f).doesNotContain("\"clientId\"").doesNotContain("clientId:");
            }
        }
    }
}
