package org.egov.itpm.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Keycloak 26.7.3 that imported {@code keycloak/itpm-realm.json} alone, as production does (no
 * {@code keycloak/demo/}): nobody can log in, Keycloak generated the client secrets, the service-account role
 * grants work with them, and the first administrator is created as docs/deploy.md says (temporary password that
 * must satisfy the policy and must be changed). Own base directory so it never shares data with the demo Keycloak.
 */
class ProductionRealmIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BOOTSTRAP_USER = "bootstrap";
    private static final String BOOTSTRAP_PASSWORD = "bootstrap-" + System.nanoTime();

    private static KeycloakServer keycloak;
    private static String master;

    @BeforeAll
    static void startKeycloak() throws Exception {
        keycloak = KeycloakServer.builder()
                .baseDir(Path.of("target", "keycloak-prod"))
                .port(KeycloakServer.freePort())
                .withoutDemo()
                .freshData(true)
                .snapshots(false)
                .bootstrapAdmin(BOOTSTRAP_USER, BOOTSTRAP_PASSWORD) // Keycloak's own one-time bootstrap admin (master realm)
                .startTimeout(java.time.Duration.ofMinutes(10)) // a full import at start: slow on a shared 2-core machine
                .start();
        master = new TokenClient(keycloak.url() + "/realms/master").passwordGrant("admin-cli", BOOTSTRAP_USER, BOOTSTRAP_PASSWORD);
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Test
    void theRealmHoldsNoPeopleOnlyTheServiceAccountsOfItsClients() throws Exception {
        List<String> usernames = new ArrayList<>();
        admin("GET", "/users?max=1000&briefRepresentation=true", null).body().forEach(u -> usernames.add(u.path("username").asText()));
        assertThat(usernames).allMatch(u -> u.startsWith("service-account-"), "service accounts only");

        TokenClient itpm = new TokenClient(keycloak.realmUrl());
        TokenClient.Response password = itpm.request(Map.of(
                "grant_type", "password", "client_id", "itpm-frontend", "username", "admin", "password", "demo"));
        assertThat(password.status()).as("%s", password).isIn(400, 401);
        assertThat(password.body().path("error").asText()).as("no password grant in production").isEqualTo("unauthorized_client");
    }

    @Test
    void keycloakGeneratedTheSecretsAndTheServiceAccountsKeepTheirRolesAndRegion() throws Exception {
        TokenClient itpm = new TokenClient(keycloak.realmUrl());
        for (String clientId : List.of("itpm-directory", "platform-shandong", "platform-jiangxi", "platform-neimenggu",
                "platform-heilongjiang", "platform-chongqing")) {
            String secret = secretOf(clientId);
            assertThat(secret).as(clientId).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(clientId + "-secret");
            TokenClient.Response demoSecret = itpm.request(Map.of(
                    "grant_type", "client_credentials", "client_id", clientId, "client_secret", clientId + "-secret"));
            assertThat(demoSecret.status()).as("%s: the demo secret is refused", clientId).isIn(400, 401);
        }
        JsonNode jiangxi = TokenClient.claims(itpm.clientCredentials("platform-jiangxi", secretOf("platform-jiangxi")));
        assertThat(jiangxi.path("realm_access").path("roles").toString()).contains("\"platform\"");
        assertThat(jiangxi.path("region_code").asText()).isEqualTo("360000");
        assertThat(jiangxi.path("exp").asLong() - jiangxi.path("iat").asLong()).as("5 min").isBetween(299L, 301L);

        String directory = itpm.clientCredentials("itpm-directory", secretOf("itpm-directory"));
        HttpResponse<String> experts = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.url()
                        + "/admin/realms/itpm/roles/expert/users")).header("Authorization", "Bearer " + directory).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(experts.statusCode()).as("itpm-directory keeps its realm-management roles").isEqualTo(200);
        assertThat(JSON.readTree(experts.body())).isEmpty();
    }

    @Test
    void firstAdministratorGetsAStrongTemporaryPasswordThatMustBeChanged() throws Exception {
        assertThat(admin("POST", "/users", JSON.readTree("{\"username\":\"first-admin\",\"enabled\":true,"
                + "\"email\":\"first-admin@example.gov.cn\",\"firstName\":\"管理\",\"lastName\":\"员\"}")).status()).isEqualTo(201);
        String id = admin("GET", "/users?exact=true&username=first-admin", null).body().get(0).path("id").asText();

        Result weak = admin("PUT", "/users/" + id + "/reset-password",
                JSON.readTree("{\"type\":\"password\",\"value\":\"demo\",\"temporary\":true}"));
        assertThat(weak.status()).as("the password policy refuses 'demo'").isEqualTo(400);
        Result noSpecial = admin("PUT", "/users/" + id + "/reset-password",
                JSON.readTree("{\"type\":\"password\",\"value\":\"Abcdefgh12345\",\"temporary\":true}"));
        assertThat(noSpecial.status()).as("no special character").isEqualTo(400);

        assertThat(admin("PUT", "/users/" + id + "/reset-password",
                JSON.readTree("{\"type\":\"password\",\"value\":\"Tmp-7f3a-Q9x2!k\",\"temporary\":true}")).status()).isEqualTo(204);
        JsonNode role = admin("GET", "/roles/admin", null).body();
        assertThat(admin("POST", "/users/" + id + "/role-mappings/realm", JSON.createArrayNode().add(role)).status()).isEqualTo(204);

        JsonNode user = admin("GET", "/users/" + id, null).body();
        assertThat(user.path("requiredActions").toString()).as("must change the temporary password").contains("UPDATE_PASSWORD");
        assertThat(admin("GET", "/users/" + id + "/role-mappings/realm", null).body().findValuesAsText("name")).contains("admin");
    }

    @Test
    void theImportedRealmKeepsItsPolicies() throws Exception {
        JsonNode realm = admin("GET", "", null).body();
        assertThat(realm.path("passwordPolicy").asText()).contains("length(12)").contains("forceExpiredPasswordChange(90)");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt()).isEqualTo(5);
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
    }

    private static String secretOf(String clientId) throws Exception {
        String id = admin("GET", "/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8), null)
                .body().get(0).path("id").asText();
        return admin("GET", "/clients/" + id + "/client-secret", null).body().path("value").asText();
    }

    private record Result(int status, JsonNode body) {
    }

    /** The admin REST API of realm itpm, as the bootstrap administrator of the master realm. */
    private static Result admin(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(keycloak.url() + "/admin/realms/itpm" + path))
                .header("Authorization", "Bearer " + master).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Result(r.statusCode(), r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body()));
    }
}
