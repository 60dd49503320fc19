package org.egov.itpm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.notification.PeopleDirectory.Person;
import org.junit.jupiter.api.Test;

/**
 * The people directory against a stand-in for Keycloak's admin REST API (JDK HTTP server): users of several roles
 * merge into one person, and when Keycloak stops answering the last good copy is used.
 */
class PeopleDirectoryTest {

    private static final String STAFF = """
            [{"username":"qufu-staff","firstName":"小明","lastName":"王","email":"qufu-staff@demo.itpm.local",
              "attributes":{"org_code":["11370881004123456F"],"region_code":["370881"]}}]""";
    private static final String LEAD = """
            [{"username":"qufu-staff","email":"qufu-staff@demo.itpm.local",
              "attributes":{"org_code":["11370881004123456F"],"region_code":["370881"]}},
             {"username":"no-mail","attributes":{"org_code":["11370881004123456F"]}}]""";

    @Test
    void peopleOfSeveralRolesMergeAndTheLastGoodCopyServesWhileKeycloakIsDown() throws Exception {
        HttpServer keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = path.endsWith("/token") ? "{\"access_token\":\"t\"}"
                    : page(path.contains("/roles/unit-staff/") ? STAFF : path.contains("/roles/unit-lead/") ? LEAD : "[]",
                    exchange.getRequestURI().getQuery());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        keycloak.start();
        MutableClock clock = new MutableClock();
        PeopleDirectory directory = new PeopleDirectory(config("http://127.0.0.1:" + keycloak.getAddress().getPort()),
                new ObjectMapper(), clock);

        List<Person> people = directory.all();
        keycloak.stop(0);
        assertThat(people).extracting(Person::username).containsExactly("qufu-staff", "no-mail");
        Person staff = people.get(0);
        assertThat(staff.roles()).containsExactlyInAnyOrder("unit-staff", "unit-lead");
        assertThat(staff.displayName()).isEqualTo("王小明");
        assertThat(staff.orgCode()).isEqualTo("11370881004123456F");
        assertThat(staff.regionCode()).isEqualTo("370881");
        assertThat(people.get(1).email()).isNull();

        clock.now = clock.now.plus(Duration.ofMinutes(5)); // past the cache: Keycloak is asked and does not answer
        assertThat(directory.all()).isEqualTo(people);
    }

    /** The users of {@code listing} from offset {@code first}, at most {@code max}, as the admin API pages them. */
    private static String page(String listing, String query) {
        Map<String, Integer> params = new java.util.HashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals("first") || kv[0].equals("max")) {
                params.put(kv[0], Integer.parseInt(kv[1]));
            }
        }
        try {
            var users = (com.fasterxml.jackson.databind.node.ArrayNode) new ObjectMapper().readTree(listing);
            var page = new ObjectMapper().createArrayNode();
            int first = params.getOrDefault("first", 0);
            for (int i = first; i < Math.min(users.size(), first + params.getOrDefault("max", 100)); i++) {
                page.add(users.get(i));
            }
            return page.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ItpmConfig config(String keycloakUrl) {
        // pages of one user: each role's listing takes several requests, as a large one does in pages of 500
        Map<String, Object> values = Map.of("keycloakUrl", keycloakUrl, "realm", "itpm", "clientId", "itpm-directory",
                "clientSecret", "s", "cacheTtl", Duration.ofMinutes(1), "pageSize", 1, "maxUsers", 10_000);
        ItpmConfig.Directory directory = (ItpmConfig.Directory) Proxy.newProxyInstance(
                ItpmConfig.class.getClassLoader(), new Class<?>[] {ItpmConfig.Directory.class},
                (proxy, method, args) -> values.get(method.getName()));
        return (ItpmConfig) Proxy.newProxyInstance(ItpmConfig.class.getClassLoader(), new Class<?>[] {ItpmConfig.class},
                (proxy, method, args) -> method.getName().equals("directory") ? directory : null);
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-10-09T01:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
