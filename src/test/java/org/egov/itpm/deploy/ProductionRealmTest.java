package org.egov.itpm.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.egov.itpm.devstack.DemoRealm;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secure by default (issue #21): what reaches a cluster — the KeycloakRealmImport printed by
 * k8s/realm/realm-import.sh and the rendered overlays — holds no person, no secret, and a realm with strict
 * policies ({@link ProductionRealmRules}). The demo people and secrets exist only in keycloak/demo/.
 */
class ProductionRealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode productionRealm() throws IOException {
        String out = Kubectl.run(List.of("sh", Deploy.root().resolve("k8s/realm/realm-import.sh").toString()), Deploy.root());
        List<ObjectNode> docs = KustomizeRenderer.parseDocuments(out);
        assertThat(docs).hasSize(1);
        return docs.get(0).path("spec").path("realm");
    }

    @Test
    void theRealmImportHasNoPeopleNoSecretsAndStrictPolicies() throws IOException {
        JsonNode realm = productionRealm();

        assertThat(ProductionRealmRules.problems(realm)).isEmpty();
        assertThat(ProductionRealmRules.people(realm)).as("people in the production realm").isEmpty();
        assertThat(realm.findValues("secret")).as("client secrets in the production realm").isEmpty();
        assertThat(realm.findValues("credentials")).isEmpty();
        assertThat(ProductionRealmRules.parsePolicy(realm.path("passwordPolicy").asText()))
                .containsEntry("length", "12").containsEntry("passwordHistory", "5")
                .containsEntry("forceExpiredPasswordChange", "90").containsKey("notUsername");
        assertThat(realm.path("accessTokenLifespan").asInt()).isLessThanOrEqualTo(300);
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
    }

    @Test
    void noDemoSecretOrDemoPersonReachesTheClusterThroughTheImportOrTheOverlays() throws IOException {
        ObjectNode overlay = DemoRealm.read(Deploy.root().resolve(DemoRealm.DEMO_DIR).resolve(DemoRealm.OVERLAY_FILE));
        List<String> demoSecrets = overlay.findValuesAsText("secret");
        assertThat(demoSecrets).as("the demo overlay holds the demo secrets").contains("itpm-directory-secret", "platform-shandong-secret");
        List<String> demoEmails = DemoRealm.read(Deploy.root().resolve(DemoRealm.DEMO_DIR).resolve(DemoRealm.USERS_FILE))
                .findValuesAsText("email");
        assertThat(demoEmails).hasSize(59);

        List<String> rendered = new ArrayList<>();
        rendered.add(JSON.writeValueAsString(productionRealm()));
        for (String overlayName : Deploy.OVERLAYS) {
            List<ObjectNode> objects = Deploy.render(overlayName);
            assertThat(Deploy.ofKind(objects, "KeycloakRealmImport")).as("%s: the realm comes only from realm-import.sh", overlayName).isEmpty();
            for (ObjectNode secret : Deploy.ofKind(objects, "Secret")) {
                assertThat(secret.path("data").isEmpty() && secret.path("stringData").isEmpty())
                        .as("%s: Secret %s carries values in git", overlayName, secret.path("metadata").path("name")).isTrue();
            }
            rendered.add(JSON.writeValueAsString(objects));
        }
        for (String text : rendered) {
            for (String s : demoSecrets) {
                assertThat(text).doesNotContain(s);
            }
            for (String e : demoEmails) {
                assertThat(text).doesNotContain(e);
            }
        }
    }

    @Test
    void theLocalRealmWithItsDemoPartsWouldBeRefused() throws IOException {
        List<String> problems = ProductionRealmRules.problems(DemoRealm.load(Deploy.root()));

        assertThat(problems).anyMatch(p -> p.startsWith("user 'admin'"))
                .anyMatch(p -> p.equals("secret in the realm at /clients[2]/secret"))
                .anyMatch(p -> p.startsWith("client 'itpm-frontend' allows the password grant"))
                .anyMatch(p -> p.startsWith("passwordPolicy length"))
                .anyMatch(p -> p.startsWith("accessTokenLifespan"));
    }

    @Test
    void eachWeakeningOfTheProductionRealmIsCaught() throws IOException {
        assertRefused(r -> r.remove("passwordPolicy"), "passwordPolicy length");
        assertRefused(r -> r.put("passwordPolicy", "length(8) and upperCase and lowerCase and digits and specialChars "
                + "and notUsername and passwordHistory(5) and forceExpiredPasswordChange(90)"), "passwordPolicy length");
        assertRefused(r -> r.put("passwordPolicy", r.path("passwordPolicy").asText().replace("forceExpiredPasswordChange(90)",
                "forceExpiredPasswordChange(365)")), "passwordPolicy forceExpiredPasswordChange");
        assertRefused(r -> r.put("passwordPolicy", r.path("passwordPolicy").asText().replace(" and specialChars(1)", "")),
                "passwordPolicy specialChars");
        assertRefused(r -> r.put("bruteForceProtected", false), "bruteForceProtected is off");
        assertRefused(r -> r.put("failureFactor", 30), "failureFactor");
        assertRefused(r -> r.put("waitIncrementSeconds", 30), "a temporary lock-out");
        assertRefused(r -> r.put("accessTokenLifespan", 900), "accessTokenLifespan");
        assertRefused(r -> r.remove("accessTokenLifespan"), "accessTokenLifespan");
        assertRefused(r -> ((ObjectNode) r.path("clients").get(3)).put("secret", "s3cr3t"), "secret in the realm");
        assertRefused(r -> r.withArray("users").addObject().put("username", "admin").putArray("credentials").addObject()
                .put("type", "password").put("value", "admin"), "user 'admin'");
        assertRefused(r -> ((ObjectNode) r.path("users").get(0)).putArray("credentials").addObject().put("value", "x"),
                "secret in the realm");
        assertRefused(r -> ((ObjectNode) r.path("users").get(0)).put("email", "x@example.org"), "service account");
        assertRefused(r -> ((ObjectNode) r.path("clients").get(0)).put("directAccessGrantsEnabled", true), "password grant");
        assertRefused(r -> r.put("sslRequired", "none"), "sslRequired");
    }

    private static void assertRefused(Consumer<ObjectNode> weaken, String expected) throws IOException {
        ObjectNode realm = productionRealm().deepCopy();
        assertThat(ProductionRealmRules.problems(realm)).as("the production realm itself").isEmpty();
        weaken.accept(realm);
        assertThat(ProductionRealmRules.problems(realm)).as("weakened realm").anyMatch(p -> p.contains(expected));
    }
}
