package org.egov.itpm.platform.hardening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.egov.itpm.platform.exchange.Exchange;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes both APIs from their contracts (schema/itpm.graphql, the REST endpoints of schema/openapi.yaml) with a fixed
 * seed: wrong types, out-of-range numbers, NUL and oversized text (at and over each field's contract limit, and a
 * megabyte), oversized lists, malformed envelopes, every role. Every answer must
 * be below 500 and every error must carry a stable code with both languages. The test command runs a short version
 * ({@code fuzz.requests}, default 400); {@code ./mvnw test -Dtest=FuzzTest -Dfuzz.requests=3000 -Dfuzz.report=true}
 * runs the long one and writes its figures into docs/reliability.md.
 */
@QuarkusTest
class FuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BUILT_IN = Set.of("String", "Int", "Float", "Boolean", "ID");
    private static final String[] TEXTS = {"", " ", "正常文本", "a\u0000b", "x".repeat(10_000), "'; drop table project;--",
        "\uD83D\uDE00 emoji", "<script>alert(1)</script>", "../../etc/passwd", "%00", "\\u0000", "null"};
    private static final Object[] INTS = {0, 1, -1, 20, 500, 501, 2147483647, -2147483648, 99999999999L, "x", 1.5};
    private static final Object[] DECIMALS = {"0", "1.5", "-1", "1E+1000000", "1E-1000000", "NaN", "abc",
        "99999999999999999.999", 1e308, "580.00", "0.001"};
    private static final Object[] DATES = {"2026-03-02", "2026-13-45", "+1000000000-01-01", "", "2026-02-30",
        "1899-12-31", "9999-12-31", "2031-01-01", 20260302};
    private static final Object[] DATE_TIMES = {"2026-03-02T08:00:00Z", "+1000000000-01-01T00:00:00Z", "yesterday",
        "2026-03-02T25:00:00Z", 0};
    private static final TestTokens.Person[] PEOPLE = {TestTokens.QUFU_STAFF, TestTokens.QUFU_LEAD,
        TestTokens.QUFU_REVIEWER, TestTokens.QUFU_APPROVER, TestTokens.SD_REVIEWER, TestTokens.JX_STAFF,
        TestTokens.BT_AUTHORITY, TestTokens.ADMIN};

    private final Random random = new Random(20261202L);
    private TypeDefinitionRegistry types;
    private final List<String> projectIds = new ArrayList<>();

    /** Tallies of one run. */
    private static final class Tally {
        int requests;
        int graphql;
        int rest;
        int serverErrors;
        int uncoded;
        int overLong;
        long longestMillis;
        final Map<String, Integer> codes = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
    }

    @Test
    void everyAnswerIsCodedAndNoneIsAServerError() throws IOException {
        types = new SchemaParser().parse(Files.readString(Path.of("schema/itpm.graphql")));
        for (int i = 0; i < 3; i++) {
            projectIds.add(Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "模糊测试项目" + i, "1000000.00",
                    "CONSTRUCTION", "FISCAL").projectId);
        }
        int total = Integer.getInteger("fuzz.requests", 400);
        Tally tally = new Tally();
        List<FieldDefinition> operations = new ArrayList<>();
        operations.addAll(object("Query").getFieldDefinitions());
        operations.addAll(object("Mutation").getFieldDefinitions());
        for (int i = 0; i < total; i++) {
            long started = System.nanoTime();
            int roll = random.nextInt(100);
            if (roll < 70) {
                graphql(operations.get(random.nextInt(operations.size())), tally);
            } else if (roll < 75) {
                envelope(tally);
            } else {
                rest(tally);
            }
            tally.requests++;
            tally.longestMillis = Math.max(tally.longestMillis, (System.nanoTime() - started) / 1_000_000);
        }
        if (Boolean.getBoolean("fuzz.report")) {
            report(tally);
        }
        assertThat(tally.failures).as("5xx or uncoded answers (%d requests, %d 5xx, %d uncoded)", tally.requests,
                tally.serverErrors, tally.uncoded).isEmpty();
    }

    // --- GraphQL ---------------------------------------------------------------------------------------------------

    private void graphql(FieldDefinition op, Tally tally) {
        boolean mutation = object("Mutation").getFieldDefinitions().contains(op);
        Map<String, Object> variables = new LinkedHashMap<>();
        StringBuilder declared = new StringBuilder();
        StringBuilder args = new StringBuilder();
        for (InputValueDefinition arg : op.getInputValueDefinitions()) {
            if (!(arg.getType() instanceof NonNullType) && random.nextInt(3) == 0) {
                continue;
            }
            declared.append(declared.length() == 0 ? "(" : ", ").append('$').append(arg.getName()).append(": ")
                    .append(render(arg.getType()));
            args.append(args.length() == 0 ? "(" : ", ").append(arg.getName()).append(": $").append(arg.getName());
            variables.put(arg.getName(), value(arg.getType(), 0, maxLength(arg), tally));
        }
        String query = (mutation ? "mutation" : "query") + (declared.length() > 0 ? declared + ")" : "") + " { "
                + op.getName() + (args.length() > 0 ? args + ")" : "") + selection(op.getType()) + " }";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        Response response = given().auth().oauth2(TestTokens.tokenFor(PEOPLE[random.nextInt(PEOPLE.length)]))
                .contentType("application/json").body(body).post("/graphql");
        tally.graphql++;
        checkGraphQL(response, op.getName() + (System.getProperty("fuzz.debug") != null ? " " + body : ""), tally);
    }

    private void envelope(Tally tally) {
        String[] bodies = {"{", "[]", "null", "{\"query\": 5}", "{\"query\": \"{ policyPacks { id } }\", \"variables\": \"x\"}",
            "{\"query\": \"{ policyPacks { id } }\", \"operationName\": 5}", "{\"query\": \"{ nope }\"}",
            "{\"query\": \"mutation { createProject }\"}", "{\"query\": \"" + "{".repeat(2000) + "\"}",
            "{\"query\": \"query($a: Int) { projects(first: $a) { totalCount } }\", \"variables\": {\"a\": \"zz\"}}"};
        Response response = given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF))
                .contentType("application/json").body(bodies[random.nextInt(bodies.length)]).post("/graphql");
        tally.graphql++;
        checkGraphQL(response, "envelope", tally);
    }

    private void checkGraphQL(Response response, String what, Tally tally) {
        if (response.statusCode() >= 500) {
            tally.serverErrors++;
            tally.failures.add(what + ": HTTP " + response.statusCode() + " " + abbreviate(response.asString()));
            return;
        }
        JsonNode root = parse(response.asString());
        if (root == null) {
            tally.uncoded++;
            tally.failures.add(what + ": not JSON: " + abbreviate(response.asString()));
            return;
        }
        for (JsonNode error : root.path("errors")) {
            String code = error.path("extensions").path("code").asText("");
            boolean bilingual = !error.path("extensions").path("messages").path("zh").asText("").isEmpty();
            if (code.isEmpty() || !bilingual || "INTERNAL_ERROR".equals(code)) {
                if ("INTERNAL_ERROR".equals(code)) {
                    tally.serverErrors++;
                } else {
                    tally.uncoded++;
                }
                tally.failures.add(what + ": " + abbreviate(error.toString()));
            }
            tally.codes.merge(code.isEmpty() ? "(none)" : code, 1, Integer::sum);
        }
    }

    private String selection(Type<?> type) {
        TypeDefinition<?> def = definition(type);
        if (!(def instanceof ObjectTypeDefinition object)) {
            return "";
        }
        List<String> leaves = new ArrayList<>();
        for (FieldDefinition f : object.getFieldDefinitions()) {
            boolean needsArgs = f.getInputValueDefinitions().stream().anyMatch(a -> a.getType() instanceof NonNullType);
            TypeDefinition<?> fieldType = definition(f.getType());
            if (!needsArgs && (fieldType == null || fieldType instanceof EnumTypeDefinition)) {
                leaves.add(f.getName());
            }
        }
        java.util.Collections.shuffle(leaves, random);
        List<String> chosen = new ArrayList<>(leaves.subList(0, Math.min(4, leaves.size())));
        chosen.add("__typename");
        return " { " + String.join(" ", chosen) + " }";
    }

    /** The contract's {@code @constraint(maxLength: N)} of an argument or input field, or null. */
    private static Integer maxLength(InputValueDefinition definition) {
        return definition.getDirectives("constraint").stream()
                .map(d -> d.getArgument("maxLength"))
                .filter(a -> a != null && a.getValue() instanceof IntValue)
                .map(a -> ((IntValue) a.getValue()).getValue().intValue()).findFirst().orElse(null);
    }

    private Object value(Type<?> type, int depth, Integer max, Tally tally) {
        if (random.nextInt(25) == 0) {
            return null; // also for non-null: the engine must code it
        }
        if (type instanceof NonNullType nonNull) {
            return value(nonNull.getType(), depth, max, tally);
        }
        if (type instanceof ListType list) {
            if (random.nextInt(10) == 0) {
                return value(list.getType(), depth + 1, null, tally);
            }
            List<Object> items = new ArrayList<>();
            int count = max != null && random.nextInt(12) == 0 ? max + 1 : random.nextInt(3);
            if (count > 3) {
                tally.overLong++;
            }
            for (int i = count; i > 0; i--) {
                items.add(value(list.getType(), depth + 1, null, tally));
            }
            return items;
        }
        String name = ((TypeName) type).getName();
        TypeDefinition<?> def = types.getType(name).orElse(null);
        if (def instanceof EnumTypeDefinition e) {
            return random.nextInt(8) == 0 ? "NOT_A_VALUE" : e.getEnumValueDefinitions()
                    .get(random.nextInt(e.getEnumValueDefinitions().size())).getName();
        }
        if (def instanceof InputObjectTypeDefinition input) {
            if (depth > 3) {
                return Map.of();
            }
            Map<String, Object> object = new LinkedHashMap<>();
            for (InputValueDefinition f : input.getInputValueDefinitions()) {
                if (f.getType() instanceof NonNullType || random.nextBoolean()) {
                    object.put(f.getName(), value(f.getType(), depth + 1, maxLength(f), tally));
                }
            }
            if (random.nextInt(10) == 0) {
                object.put("unknownField", "x");
            }
            return object;
        }
        return switch (name) {
            case "ID" -> random.nextInt(3) > 0 ? projectIds.get(random.nextInt(projectIds.size()))
                    : random.nextBoolean() ? UUID.randomUUID().toString() : pick(TEXTS);
            case "Int", "Long", "BigInteger" -> pick(INTS);
            case "Float", "BigDecimal" -> pick(DECIMALS);
            case "Boolean" -> random.nextInt(10) == 0 ? "yes" : random.nextBoolean();
            case "Date" -> pick(DATES);
            case "DateTime", "Instant", "OffsetDateTime" -> pick(DATE_TIMES);
            default -> text(max, tally);
        };
    }

    /** Mostly the usual texts; sometimes one at its limit, one character over it, or a megabyte (issue #14). */
    private Object text(Integer max, Tally tally) {
        int roll = random.nextInt(12);
        if (roll == 0 && max != null && max < 1_000_000) {
            tally.overLong++;
            return "长".repeat(max + 1);
        }
        if (roll == 1 && max != null && max <= 20_000) {
            return "长".repeat(max);
        }
        if (roll == 2) {
            if (max == null || max < 1_000_000) {
                tally.overLong++;
            }
            return "x".repeat(1_000_000);
        }
        return pick(TEXTS);
    }

    private TypeDefinition<?> definition(Type<?> type) {
        Type<?> t = type;
        while (!(t instanceof TypeName)) {
            t = t instanceof NonNullType n ? n.getType() : ((ListType) t).getType();
        }
        String name = ((TypeName) t).getName();
        return BUILT_IN.contains(name) ? null : types.getType(name).orElse(null);
    }

    private static String render(Type<?> type) {
        if (type instanceof NonNullType n) {
            return render(n.getType()) + "!";
        }
        if (type instanceof ListType l) {
            return "[" + render(l.getType()) + "]";
        }
        return ((TypeName) type).getName();
    }

    private ObjectTypeDefinition object(String name) {
        return (ObjectTypeDefinition) types.getType(name).orElseThrow();
    }

    // --- REST ------------------------------------------------------------------------------------------------------

    private void rest(Tally tally) {
        String id = random.nextBoolean() ? UUID.randomUUID().toString() : String.valueOf(pick(TEXTS));
        String token = random.nextInt(4) == 0 ? TestTokens.tokenFor(PEOPLE[random.nextInt(PEOPLE.length)])
                : random.nextBoolean() ? Exchange.SHANDONG : Exchange.ADMIN;
        var request = given().auth().oauth2(token).urlEncodingEnabled(true);
        Response response;
        switch (random.nextInt(8)) {
            case 0 -> response = request.queryParam("since", pick(DATE_TIMES)).queryParam("limit", pick(INTS))
                    .queryParam("after", random.nextInt(6) == 0 ? overLong(tally, 513) : pick(TEXTS))
                    .get("/api/platform/v1/projects");
            case 1 -> response = request.get("/api/platform/v1/projects/{code}", id);
            case 2 -> response = request.contentType("application/json").body(pushBody(tally))
                    .put("/api/platform/v1/approval-results/{id}", "FZ-" + random.nextInt(1_000_000));
            case 3 -> response = request.contentType("application/json")
                    .body(Map.of("projectCode", pick(TEXTS))).put("/api/platform/v1/projects/{code}/national-code", id);
            case 4 -> response = request.queryParam("status", pick(TEXTS)).queryParam("limit", pick(INTS))
                    .get("/api/platform/v1/deliveries");
            case 5 -> response = request.get("/api/v1/documents/{id}/content", id);
            case 6 -> response = request.multiPart("type", String.valueOf(pick(TEXTS))).multiPart("file", String.valueOf(pick(TEXTS)),
                    new byte[] {1, 2, 3}, random.nextBoolean() ? "a" : "application/pdf")
                    .post("/api/v1/projects/{id}/documents", projectIds.get(random.nextInt(projectIds.size())));
            default -> response = request.contentType("application/json").body(random.nextBoolean() ? "{" : "[1,2]")
                    .put("/api/platform/v1/approval-results/{id}", "FZ-" + random.nextInt(1_000_000));
        }
        tally.rest++;
        if (response.statusCode() >= 500) {
            tally.serverErrors++;
            tally.failures.add("REST: HTTP " + response.statusCode() + " " + abbreviate(response.asString()));
            return;
        }
        if (response.statusCode() >= 400) {
            JsonNode problem = parse(response.asString());
            String code = problem == null ? "" : problem.path("code").asText("");
            boolean bilingual = problem != null && !problem.path("messages").path("zh").asText("").isEmpty();
            if (code.isEmpty() || !bilingual || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                tally.uncoded++;
                tally.failures.add("REST " + response.statusCode() + " uncoded: " + abbreviate(response.asString()));
            }
            tally.codes.merge(code.isEmpty() ? "(none)" : code, 1, Integer::sum);
        }
    }

    private Map<String, Object> pushBody(Tally tally) {
        Map<String, Object> body = Exchange.approved("FZ-" + random.nextInt(1_000_000),
                "2026-370881-65-01-0" + Exchange.serial5(), "曲发改〔2026〕" + random.nextInt(999) + "号");
        String[] keys = body.keySet().toArray(String[]::new);
        for (int i = random.nextInt(3); i >= 0; i--) {
            String key = keys[random.nextInt(keys.length)];
            body.put(key, random.nextBoolean() ? pick(TEXTS) : random.nextBoolean() ? pick(DECIMALS) : pick(DATE_TIMES));
        }
        if (random.nextInt(6) == 0) {
            tally.overLong++;
            body.put(keys[random.nextInt(keys.length)], "部".repeat(201 + random.nextInt(2_000)));
        }
        return body;
    }

    private static String overLong(Tally tally, int length) {
        tally.overLong++;
        return "c".repeat(length);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private Object pick(Object[] values) {
        return values[random.nextInt(values.length)];
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static void report(Tally tally) throws IOException {
        Path doc = Path.of("docs/reliability.md");
        String existing = Files.exists(doc) ? Files.readString(doc) : "# Reliability\n";
        StringBuilder block = new StringBuilder("<!-- fuzz:begin (written by FuzzTest with -Dfuzz.report=true) -->\n")
                .append("## Fuzzing\n\nRun on ").append(LocalDate.now()).append(" with seed 20261202: `./mvnw test -Dtest=FuzzTest")
                .append(" -Dfuzz.requests=").append(tally.requests).append(" -Dfuzz.report=true`.\n\n")
                .append("| figure | value | goal |\n|---|---|---|\n")
                .append("| requests fuzzed | ").append(tally.requests).append(" (GraphQL ").append(tally.graphql)
                .append(", REST ").append(tally.rest).append(") | ≥ 3,000 |\n")
                .append("| of them with a text or list over its contract's limit (TOO_LONG, TOO_MANY_ITEMS expected) | ")
                .append(tally.overLong).append(" | |\n")
                .append("| HTTP 5xx (or INTERNAL_ERROR) | ").append(tally.serverErrors).append(" | 0 |\n")
                .append("| errors without a stable code and both languages | ").append(tally.uncoded).append(" | 0 |\n")
                .append("| longest request (ms, test JVM on a shared 2-core machine) | ").append(tally.longestMillis)
                .append(" | under the request timeout |\n\nCodes seen: ");
        tally.codes.forEach((code, n) -> block.append('`').append(code).append("` ").append(n).append(", "));
        block.setLength(block.length() - 2);
        block.append(".\n<!-- fuzz:end -->\n");
        int begin = existing.indexOf("<!-- fuzz:begin");
        int end = existing.indexOf("<!-- fuzz:end -->");
        String updated = begin >= 0 && end > begin
                ? existing.substring(0, begin) + block + existing.substring(end + "<!-- fuzz:end -->\n".length())
                : existing + "\n" + block;
        Files.writeString(doc, updated, StandardCharsets.UTF_8);
    }
}
