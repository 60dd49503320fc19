package org.egov.itpm.devstack;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The realm the local run and the tests import: the production realm {@code keycloak/itpm-realm.json} (no people,
 * no client secrets, strict policies) plus the demo parts in {@code keycloak/demo/}:
 * <ul>
 *   <li>{@code itpm-demo-users.json}, {@code {"users":[...]}}: the demo people of docs/demo-data.md (password
 *       {@code demo}), appended to the realm's users (which are only service-account role grants);</li>
 *   <li>{@code itpm-demo-overlay.json}: the demo client secrets and the relaxations the local run needs, laid over
 *       the realm. It may only touch {@link #OVERLAY_FIELDS} and, per client (matched by {@code clientId}),
 *       {@link #OVERLAY_CLIENT_FIELDS}; anything else is refused, so realm settings cannot hide in the demo file.</li>
 * </ul>
 * The merged realm is written only into Keycloak's import directory, never into the repository.
 */
public final class DemoRealm {

    public static final Path REALM_FILE = Path.of("keycloak", "itpm-realm.json");
    public static final Path DEMO_DIR = Path.of("keycloak", "demo");
    public static final String USERS_FILE = "itpm-demo-users.json";
    public static final String OVERLAY_FILE = "itpm-demo-overlay.json";

    /** Realm fields the demo overlay may replace: the password policy (so {@code demo} is accepted) and token life. */
    public static final Set<String> OVERLAY_FIELDS = Set.of("passwordPolicy", "accessTokenLifespan", "clients");
    /** Client fields the demo overlay may set: the demo secret and the password grant of the tests. */
    public static final Set<String> OVERLAY_CLIENT_FIELDS = Set.of("clientId", "secret", "directAccessGrantsEnabled");

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoRealm() {
    }

    /** {@code keycloak/itpm-realm.json} merged with {@code keycloak/demo/}, paths relative to {@code projectDir}. */
    public static ObjectNode load(Path projectDir) throws IOException {
        return merge(read(projectDir.resolve(REALM_FILE)), read(projectDir.resolve(DEMO_DIR).resolve(USERS_FILE)),
                read(projectDir.resolve(DEMO_DIR).resolve(OVERLAY_FILE)));
    }

    public static ObjectNode read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Realm file not found: " + file);
        }
        return (ObjectNode) JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A new realm: {@code realm} with {@code overlay} laid over it and the {@code users} of {@code demoUsers} added. */
    public static ObjectNode merge(ObjectNode realm, ObjectNode demoUsers, ObjectNode overlay) {
        ObjectNode merged = realm.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!OVERLAY_FIELDS.contains(field.getKey())) {
                throw new IllegalArgumentException("demo overlay may not set realm field '" + field.getKey()
                        + "' (allowed: " + OVERLAY_FIELDS + "); put realm settings into " + REALM_FILE);
            }
            if (field.getKey().equals("clients")) {
                field.getValue().forEach(c -> overlayClient(merged, c));
            } else {
                merged.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        addUsers(merged, demoUsers);
        return merged;
    }

    private static void overlayClient(ObjectNode realm, JsonNode demoClient) {
        String clientId = demoClient.path("clientId").asText();
        ObjectNode client = null;
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals(clientId)) {
                client = (ObjectNode) c;
            }
        }
        if (client == null) {
            throw new IllegalArgumentException("demo overlay names client '" + clientId + "', which the realm does not have");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = demoClient.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!OVERLAY_CLIENT_FIELDS.contains(field.getKey())) {
                throw new IllegalArgumentException("demo overlay may not set '" + field.getKey() + "' of client '"
                        + clientId + "' (allowed: " + OVERLAY_CLIENT_FIELDS + ")");
            }
            client.set(field.getKey(), field.getValue().deepCopy());
        }
    }

    private static void addUsers(ObjectNode realm, ObjectNode demoUsers) {
        if (demoUsers.size() != 1 || !demoUsers.path("users").isArray()) {
            throw new IllegalArgumentException("demo users file must be exactly {\"users\": [...]}");
        }
        ArrayNode users = realm.withArray("users");
        Set<String> names = new HashSet<>();
        users.forEach(u -> names.add(u.path("username").asText()));
        for (JsonNode u : demoUsers.path("users")) {
            if (u.has("serviceAccountClientId")) {
                throw new IllegalArgumentException("demo user '" + u.path("username").asText()
                        + "' is a service account: service-account role grants belong to " + REALM_FILE);
            }
            if (!names.add(u.path("username").asText())) {
                throw new IllegalArgumentException("demo user '" + u.path("username").asText() + "' exists twice");
            }
            users.add(u.deepCopy());
        }
    }

    /** The realm as Keycloak's import file: UTF-8 JSON, indented like the files in the repository. */
    public static byte[] toBytes(ObjectNode realm) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return (JSON.writer(printer).writeValueAsString(realm) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
