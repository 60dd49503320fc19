package org.egov.itpm.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.SoftAssertions;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts a real Keycloak 26.7.3 with {@code keycloak/itpm-realm.json} + {@code keycloak/demo/} (fresh data, free port) and checks the
 * tokens the service will receive. No service, no database. Run:
 * {@code ./mvnw -B test -Dtest=KeycloakRealmIT -Dsurefire.failIfNoSpecifiedTests=false}
 * (first run about 70 s on 2 cores: unzip, offline realm import, start; later runs about 20 s, starting from
 * a copy of the imported database as long as the realm file is unchanged).
 */
class KeycloakRealmIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUDIENCE = "itpm-api";

    private static KeycloakServer keycloak;
    private static TokenClient tokens;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startKeycloak() throws Exception {
        keycloak = KeycloakServer.builder()
                .baseDir(Path.of("target", "keycloak"))
                .port(KeycloakServer.freePort())
                .freshData(true) // the realm file in the repository always wins
                .start();
        tokens = new TokenClient(keycloak.realmUrl());
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Test
    void unitStaffTokenCarriesRolesOrganisationRegionAndAudience() {
        JsonNode claims = TokenClient.claims(tokens.passwordGrant("qufu-staff", "demo"));

        assertThat(strings(claims.path("realm_access").path("roles"))).contains("unit-staff");
        assertThat(claims.path("org_code").asText()).isEqualTo("11370881004123456F");
        assertThat(claims.path("region_code").asText()).isEqualTo("370881");
        assertThat(audience(claims)).contains(AUDIENCE);
        assertThat(claims.path("preferred_username").asText()).isEqualTo("qufu-staff");
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.realmUrl());
        assertThat(claims.path("azp").asText()).isEqualTo("itpm-frontend");
        assertThat(claims.path("sub").asText()).as("sub comes from the built-in 'basic' scope").isNotBlank();
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).as("15 min in the local run (demo overlay; production 5 min)").isBetween(899L, 901L);
    }

    @Test
    void platformClientCredentialsCarryPlatformRoleAndProvince() {
        JsonNode claims = TokenClient.claims(tokens.clientCredentials("platform-jiangxi", "platform-jiangxi-secret"));

        assertThat(strings(claims.path("realm_access").path("roles"))).contains("platform");
        assertThat(claims.path("region_code").asText()).isEqualTo("360000");
        assertThat(audience(claims)).contains(AUDIENCE);
        assertThat(claims.path("preferred_username").asText()).isEqualTo("service-account-platform-jiangxi");
        assertThat(claims.path("azp").asText()).isEqualTo("platform-jiangxi");
        assertThat(claims.has("org_code")).isFalse();
    }

    @Test
    void wrongPasswordAndWrongSecretAreRefused() {
        TokenClient.Response badPassword = tokens.request(Map.of(
                "grant_type", "password", "client_id", "itpm-frontend", "username", "qufu-staff", "password", "wrong"));
        // Keycloak 26.7 answers 400 invalid_grant (RFC 6749 5.2); older versions answered 401
        assertThat(badPassword.status()).as("%s", badPassword).isIn(400, 401);
        assertThat(badPassword.body().path("error").asText()).isEqualTo("invalid_grant");
        assertThat(badPassword.body().has("access_token")).isFalse();

        TokenClient.Response badSecret = tokens.request(Map.of(
                "grant_type", "client_credentials", "client_id", "platform-jiangxi", "client_secret", "wrong"));
        assertThat(badSecret.status()).as("%s", badSecret).isIn(400, 401);
        assertThat(badSecret.body().path("error").asText()).isIn("invalid_client", "unauthorized_client");

        TokenClient.Response resourceServer = tokens.request(Map.of(
                "grant_type", "password", "client_id", "itpm-api", "username", "qufu-staff", "password", "demo"));
        assertThat(resourceServer.status()).as("itpm-api is bearer-only: no token of its own").isNotEqualTo(200);
    }

    @Test
    void directoryServiceAccountListsExperts() throws Exception {
        String token = tokens.clientCredentials("itpm-directory", "itpm-directory-secret");

        HttpResponse<String> r = get("/admin/realms/itpm/roles/expert/users?briefRepresentation=false", token);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode users = JSON.readTree(r.body());
        assertThat(usernames(users)).containsExactlyInAnyOrder(
                "expert-zhang", "expert-li", "expert-wang", "expert-kong", "expert-meng", "expert-chen", "expert-liu",
                "expert-huang", "expert-zhao", "expert-sun", "expert-zhou");
        assertThat(users.get(0).path("attributes").has("org_code")).as("attributes readable with view-users").isTrue();

        String unitStaff = tokens.passwordGrant("qufu-staff", "demo");
        assertThat(get("/admin/realms/itpm/roles/expert/users", unitStaff).statusCode()).isEqualTo(403);
    }

    @Test
    void everyUserAndPlatformOfDemoDataMatchesTheirToken() throws IOException {
        DemoData demo = DemoData.read(Path.of("docs", "demo-data.md"));
        JsonNode realm = DemoRealm.load(Path.of(""));
        Set<String> realmUsers = new TreeSet<>();
        realm.path("users").forEach(u -> {
            if (!u.has("serviceAccountClientId")) {
                realmUsers.add(u.path("username").asText());
            }
        });
        assertThat(realmUsers).as("realm users = demo-data.md users").isEqualTo(new TreeSet<>(demo.users.keySet()));
        assertThat(demo.users).hasSize(59);
        assertThat(demo.platforms).hasSize(5);

        SoftAssertions soft = new SoftAssertions();
        demo.users.forEach((username, row) -> {
            JsonNode c = TokenClient.claims(tokens.passwordGrant(username, "demo"));
            soft.assertThat(strings(c.path("realm_access").path("roles"))).as(username + " roles").contains(row.role());
            soft.assertThat(c.path("org_code").asText()).as(username + " org_code").isEqualTo(row.orgCode());
            soft.assertThat(c.path("region_code").asText()).as(username + " region_code").isEqualTo(row.regionCode());
            soft.assertThat(audience(c)).as(username + " aud").contains(AUDIENCE);
            soft.assertThat(c.path("email").asText()).as(username + " email").isEqualTo(username + "@demo.itpm.local");
            soft.assertThat(c.path("email_verified").asBoolean()).as(username + " email_verified").isTrue();
            soft.assertThat(c.path("family_name").asText() + c.path("given_name").asText())
                    .as(username + " Chinese name").matches("\\p{IsHan}{2,}");
        });
        demo.platforms.forEach((clientId, region) -> {
            JsonNode c = TokenClient.claims(tokens.clientCredentials(clientId, clientId + "-secret"));
            soft.assertThat(strings(c.path("realm_access").path("roles"))).as(clientId + " roles").contains("platform");
            soft.assertThat(c.path("region_code").asText()).as(clientId + " region_code").isEqualTo(region);
            soft.assertThat(audience(c)).as(clientId + " aud").contains(AUDIENCE);
        });
        soft.assertAll();
    }

    @Test
    void frontendRequiresPkce() throws Exception {
        String base = keycloak.realmUrl() + "/protocol/openid-connect/auth?client_id=itpm-frontend&response_type=code"
                + "&scope=openid&redirect_uri=" + URLEncoder.encode("http://localhost:5173/callback", StandardCharsets.UTF_8);

        HttpResponse<String> without = HTTP.send(HttpRequest.newBuilder(URI.create(base)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String location = without.headers().firstValue("Location").orElse("");
        assertThat(without.statusCode() == 400 || location.contains("error=invalid_request"))
                .as("no code_challenge: refused (status %s, Location %s)", without.statusCode(), location).isTrue();

        HttpResponse<String> with = HTTP.send(HttpRequest.newBuilder(URI.create(base
                        + "&code_challenge_method=S256&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(with.statusCode()).as("with PKCE S256: the login page").isEqualTo(200);
    }

    @Test
    void userProfileDeclaresAndValidatesOrgAndRegionCodes() throws Exception {
        String admin = tokens.passwordGrant("admin", "demo"); // realm role admin = realm-management user admin

        JsonNode profile = JSON.readTree(get("/admin/realms/itpm/users/profile", admin).body());
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        profile.path("attributes").forEach(a -> attributes.put(a.path("name").asText(), a));
        assertThat(attributes).containsKeys("username", "email", "firstName", "lastName", "org_code", "region_code");
        assertThat(attributes.get("org_code").path("validations").path("pattern").path("pattern").asText())
                .isEqualTo("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$");
        assertThat(attributes.get("region_code").path("validations").path("pattern").path("pattern").asText())
                .isEqualTo("^\\d{6}$");

        String id = JSON.readTree(get("/admin/realms/itpm/users?exact=true&username=qufu-lead", admin).body())
                .get(0).path("id").asText();
        ObjectNode user = (ObjectNode) JSON.readTree(get("/admin/realms/itpm/users/" + id, admin).body());

        ObjectNode bad = user.deepCopy();
        ((ObjectNode) bad.path("attributes")).putArray("org_code").add("11370881004123456"); // 17 characters
        HttpResponse<String> refused = put("/admin/realms/itpm/users/" + id, admin, bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("org_code");

        // an administrator's change shows in the user's next token
        ObjectNode moved = user.deepCopy();
        ((ObjectNode) moved.path("attributes")).putArray("region_code").add("370800");
        assertThat(put("/admin/realms/itpm/users/" + id, admin, moved).statusCode()).isEqualTo(204);
        assertThat(TokenClient.claims(tokens.passwordGrant("qufu-lead", "demo")).path("region_code").asText())
                .isEqualTo("370800");
        assertThat(put("/admin/realms/itpm/users/" + id, admin, user).statusCode()).isEqualTo(204);
        assertThat(TokenClient.claims(tokens.passwordGrant("qufu-lead", "demo")).path("region_code").asText())
                .isEqualTo("370881");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.url() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> put(String path, String token, JsonNode body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.url() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> audience(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? strings(aud) : List.of(aud.asText());
    }

    private static List<String> usernames(JsonNode users) {
        return StreamSupport.stream(users.spliterator(), false).map(u -> u.path("username").asText())
                .collect(Collectors.toList());
    }

    /** The users and platform tables of docs/demo-data.md, the source the realm file must follow. */
    record DemoData(Map<String, UserRow> users, Map<String, String> platforms) {

        record UserRow(String role, String orgCode, String regionCode) {
        }

        static DemoData read(Path markdown) throws IOException {
            Map<String, UserRow> users = new LinkedHashMap<>();
            Map<String, String> platforms = new LinkedHashMap<>();
            String section = "";
            for (String line : Files.readAllLines(markdown, StandardCharsets.UTF_8)) {
                if (line.startsWith("## ") || line.startsWith("### ")) {
                    section = line;
                    continue;
                }
                if (!line.startsWith("|") || line.startsWith("|---") || line.contains("| username |")
                        || line.contains("| client id |")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
                    cells.add(cell.trim());
                }
                if (section.startsWith("## Users")) {
                    for (String username : cells.get(0).split(",\\s*")) {
                        users.put(username, new UserRow(cells.get(1), cells.get(2), cells.get(3)));
                    }
                } else if (section.startsWith("## Platform clients")) {
                    platforms.put(cells.get(0), cells.get(2));
                }
            }
            return new DemoData(users, platforms);
        }
    }
}
