package org.egov.itpm.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a realm must satisfy before it may be imported into a production Keycloak (issue #21): no people, no
 * secret, a password policy and lock-out an auditor accepts (GB/T 22239 等保 2.0: 身份鉴别 — complexity, periodic
 * change, login-failure handling), short access tokens. {@link #problems(JsonNode)} lists every violation.
 *
 * <p>Users allowed: only service-account role grants, i.e. a user whose {@code serviceAccountClientId} names a
 * client of the realm with service accounts enabled, named {@code service-account-<clientId>}, with nothing but
 * roles and attributes (no credentials, no e-mail, no required actions). Keycloak creates these users itself for
 * the client; the import only gives them their roles (e.g. {@code platform} and {@code region_code}), and they can
 * only be used with the client's secret, which the import does not carry.
 */
final class ProductionRealmRules {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MIN_PASSWORD_HISTORY = 5;
    static final int MAX_PASSWORD_AGE_DAYS = 90;
    static final int MAX_LOGIN_FAILURES = 5;
    static final int MIN_LOCKOUT_SECONDS = 300;
    static final int MAX_ACCESS_TOKEN_SECONDS = 300;

    private static final Set<String> SERVICE_ACCOUNT_FIELDS =
            Set.of("username", "enabled", "serviceAccountClientId", "attributes", "realmRoles", "clientRoles");
    /** Field names that carry a secret wherever they appear in a RealmRepresentation. */
    private static final Set<String> SECRET_FIELDS =
            Set.of("secret", "clientSecret", "password", "credentials", "secretData", "privateKey", "hashedSecret");

    private ProductionRealmRules() {
    }

    static List<String> problems(JsonNode realm) {
        List<String> problems = new ArrayList<>();
        users(realm, problems);
        secrets(realm, "", problems);
        clients(realm, problems);
        passwordPolicy(realm.path("passwordPolicy").asText(""), problems);
        bruteForce(realm, problems);
        int lifespan = realm.path("accessTokenLifespan").asInt(-1);
        if (lifespan <= 0 || lifespan > MAX_ACCESS_TOKEN_SECONDS) {
            problems.add("accessTokenLifespan must be set and at most " + MAX_ACCESS_TOKEN_SECONDS + " s, is " + lifespan);
        }
        if ("none".equals(realm.path("sslRequired").asText())) {
            problems.add("sslRequired is none");
        }
        if (realm.path("registrationAllowed").asBoolean(false)) {
            problems.add("self-registration is allowed");
        }
        return problems;
    }

    /** Human users (anything but a service-account role grant) in the realm. */
    static List<String> people(JsonNode realm) {
        List<String> people = new ArrayList<>();
        realm.path("users").forEach(u -> {
            if (!u.hasNonNull("serviceAccountClientId")) {
                people.add(u.path("username").asText());
            }
        });
        return people;
    }

    private static void users(JsonNode realm, List<String> problems) {
        Set<String> serviceAccountClients = new HashSet<>();
        realm.path("clients").forEach(c -> {
            if (c.path("serviceAccountsEnabled").asBoolean(false)) {
                serviceAccountClients.add(c.path("clientId").asText());
            }
        });
        people(realm).forEach(name -> problems.add("user '" + name + "': no people in a production realm"));
        for (JsonNode u : realm.path("users")) {
            String clientId = u.path("serviceAccountClientId").asText("");
            if (clientId.isEmpty()) {
                continue;
            }
            String name = u.path("username").asText();
            if (!serviceAccountClients.contains(clientId) || !name.equals("service-account-" + clientId)) {
                problems.add("user '" + name + "' is not the service account of a service-account client of the realm");
            }
            for (Iterator<String> it = u.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!SERVICE_ACCOUNT_FIELDS.contains(field)) {
                    problems.add("service account '" + name + "' has '" + field + "' (allowed: " + SERVICE_ACCOUNT_FIELDS + ")");
                }
            }
        }
    }

    private static void secrets(JsonNode node, String path, List<String> problems) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String here = path + "/" + f.getKey();
                JsonNode v = f.getValue();
                boolean filled = !(v.isNull() || (v.isTextual() && v.asText().isEmpty()) || (v.isContainerNode() && v.isEmpty()));
                if (SECRET_FIELDS.contains(f.getKey()) && filled) {
                    problems.add("secret in the realm at " + here);
                }
                secrets(f.getValue(), here, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                secrets(node.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static void clients(JsonNode realm, List<String> problems) {
        for (JsonNode c : realm.path("clients")) {
            String id = c.path("clientId").asText();
            if (c.path("directAccessGrantsEnabled").asBoolean(false)) {
                problems.add("client '" + id + "' allows the password grant (directAccessGrantsEnabled)");
            }
            if (c.path("implicitFlowEnabled").asBoolean(false)) {
                problems.add("client '" + id + "' allows the implicit flow");
            }
        }
    }

    private static void passwordPolicy(String policy, List<String> problems) {
        Map<String, String> rules = parsePolicy(policy);
        atLeast(rules, "length", MIN_PASSWORD_LENGTH, problems);
        for (String kind : List.of("upperCase", "lowerCase", "digits", "specialChars")) {
            atLeast(rules, kind, 1, problems);
        }
        atLeast(rules, "passwordHistory", MIN_PASSWORD_HISTORY, problems);
        if (!rules.containsKey("notUsername")) {
            problems.add("passwordPolicy lacks notUsername");
        }
        int age = number(rules.get("forceExpiredPasswordChange"));
        if (age < 1 || age > MAX_PASSWORD_AGE_DAYS) {
            problems.add("passwordPolicy forceExpiredPasswordChange must be 1.." + MAX_PASSWORD_AGE_DAYS + " days, is "
                    + rules.get("forceExpiredPasswordChange"));
        }
    }

    /** {@code "length(12) and notUsername"} → {length=12, notUsername=""}. */
    static Map<String, String> parsePolicy(String policy) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (String part : policy.split("\\s+and\\s+")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int open = p.indexOf('(');
            rules.put(open < 0 ? p : p.substring(0, open), open < 0 ? "" : p.substring(open + 1, p.lastIndexOf(')')).trim());
        }
        return rules;
    }

    private static void atLeast(Map<String, String> rules, String name, int min, List<String> problems) {
        if (!rules.containsKey(name) || number(rules.get(name)) < min) {
            problems.add("passwordPolicy " + name + " must be at least " + min + ", is " + rules.get(name));
        }
    }

    private static int number(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return Integer.parseInt(value.isEmpty() ? "1" : value); // Keycloak's default for a bare rule is 1
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void bruteForce(JsonNode realm, List<String> problems) {
        if (!realm.path("bruteForceProtected").asBoolean(false)) {
            problems.add("bruteForceProtected is off");
            return;
        }
        int failures = realm.path("failureFactor").asInt(-1);
        if (failures < 1 || failures > MAX_LOGIN_FAILURES) {
            problems.add("failureFactor must be 1.." + MAX_LOGIN_FAILURES + ", is " + failures);
        }
        if (!realm.path("permanentLockout").asBoolean(false)) {
            int first = realm.path("waitIncrementSeconds").asInt(-1);
            int longest = realm.path("maxFailureWaitSeconds").asInt(-1);
            if (first < MIN_LOCKOUT_SECONDS || longest < first) {
                problems.add("a temporary lock-out must last at least " + MIN_LOCKOUT_SECONDS + " s (waitIncrementSeconds "
                        + first + ", maxFailureWaitSeconds " + longest + ")");
            }
        }
    }
}
