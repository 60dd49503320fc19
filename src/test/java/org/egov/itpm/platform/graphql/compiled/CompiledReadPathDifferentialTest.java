package org.egov.itpm.platform.graphql.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.egov.itpm.testsupport.DemoOrgs;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One authorisation, two paths (ADR 0016): every query below runs through the resolver path and the compiled path for
 * every role of the permission matrix, and the response bodies and content types must be byte-identical. Queries the
 * compiler must handle are checked to have been served by it, so the test never compares the resolver with itself.
 */
@QuarkusTest
class CompiledReadPathDifferentialTest {

    /** bench/graphql-nested.graphql, the frontend's nested list. */
    static final String BENCH = """
            query($n: Int) {
              projects(first: $n) {
                totalCount
                edges { cursor node {
                  id localCode name stage year regionCode estimatedInvestment updatedAt
                  owner { name }
                  history { seq from to actor at }
                  reviews { type round status opinions { expert conclusion signedAt } }
                  approvals { kind documentNumber approvedOn approvedAmount }
                  documents { type fileName sizeBytes uploadedAt }
                  findings { code severity raisedAt resolvedAt }
                  fundingEntries { year kind amount }
                  contracts { kind supplierName amount signedOn }
                } }
                pageInfo { endCursor hasNextPage }
              }
            }""";

    /** Every role of the permission matrix with the claims its scope needs, plus callers the resolver refuses. */
    static final List<TestTokens.Person> ROLES = List.of(
            person("unit-staff", DemoOrgs.QUFU_EDU, "370881"), person("unit-lead", DemoOrgs.JX_HRSS, "360000"),
            person("authority-reviewer", DemoOrgs.QUFU_BIGDATA, "370881"),
            person("authority-approver", DemoOrgs.SD_BIGDATA, "370000"),
            person("ndrc-approver", DemoOrgs.JX_DATA, "360000"), person("finance-officer", null, "230502"),
            person("auditor", DemoOrgs.SD_BIGDATA, "370000"), person("security-officer", null, "360000"),
            person("expert", null, "370881"), person("supervisor", null, "230502"),
            person("evaluator", null, "370881"), person("admin", DemoOrgs.SD_BIGDATA, "370000"),
            new TestTokens.Person("unit-staff-unknown-org", List.of("unit-staff"), "91110000000000000X", "370881"));
    /** Callers the resolver path refuses: the compiled path must leave them to it. */
    static final List<TestTokens.Person> REFUSED = List.of(person("platform", null, "370000"),
            new TestTokens.Person("nobody", List.of(), null, null));

    static final String[] PROJECT_FIELDS = {"id", "localCode", "nationalCode", "name", "description", "regionCode",
        "kind", "buildType", "fundingSource", "parentProjectId", "phaseNo", "crossDepartment", "year",
        "estimatedInvestment", "approvedEstimate", "securityBudget", "plannedStart", "plannedEnd", "stage",
        "stageBeforeSuspension", "policyPackId", "policyPackVersion", "appliedOn", "createdAt", "updatedAt",
        "version", "__typename"};
    static final Map<String, String[]> RELATIONS = Map.of(
            "owner", new String[] {"id", "creditCode", "name", "regionCode", "kind"},
            "history", new String[] {"id", "seq", "from", "to", "actor", "at", "effectiveOn", "reason"},
            "reviews", new String[] {"id", "projectId", "type", "round", "status", "openedBy", "openedAt",
                "concludedBy", "concludedAt", "concludedOn", "conclusion", "previousReviewId", "changeRequestId",
                "opinions { id reviewId expert expertName conclusion text signedAt signedOn __typename }"},
            "approvals", new String[] {"id", "kind", "documentNumber", "approvedOn", "approvedAmount", "issuingBody",
                "recordedBy", "recordedAt", "changeRequestId"},
            "documents", new String[] {"id", "projectId", "type", "fileName", "contentType", "sizeBytes", "sha256",
                "contractId", "uploadedBy", "uploadedAt"},
            "findings", new String[] {"id", "projectId", "key", "code", "severity", "messageEn", "messageZh",
                "raisedAt", "resolvedAt", "open", "origin", "raisedBy"},
            "fundingEntries", new String[] {"id", "year", "kind", "amount", "documentNumber", "enteredBy",
                "enteredAt"},
            "contracts", new String[] {"id", "projectId", "kind", "title", "supplierName", "supplierCreditCode",
                "creditCodeCheckValid", "awardNoticeOn", "signedOn", "filedOn", "amount", "implementationMonths",
                "warrantyMonths", "recordedBy", "recordedAt", "version"});
    static final String[] ORDER_FIELDS = {"CREATED_AT", "UPDATED_AT", "NAME", "ESTIMATED_INVESTMENT"};

    @Inject
    DataSource dataSource;
    @Inject
    CompiledReadPath path;
    @Inject
    EntityManagerFactory emf;

    @BeforeEach
    void seed() throws Exception {
        DifferentialData.seed(dataSource);
    }

    @Test
    void benchQueryIsIdenticalForEveryRoleAndServedCompiled() {
        for (TestTokens.Person p : ROLES) {
            same(p, BENCH, Map.of("n", 50), true);
            same(p, BENCH, Map.of("n", 5), true);
        }
        for (TestTokens.Person p : REFUSED) {
            same(p, BENCH, Map.of("n", 5), false);
        }
    }

    @Test
    void frontendQueriesOfTheTestSuiteAreIdentical() {
        String anId = firstId(TestTokens.ADMIN);
        for (TestTokens.Person p : ROLES) {
            same(p, "{ projects(first: 5) { edges { node { name } } } }", Map.of(), true);
            same(p, "{ projects(first: 1) { edges { cursor } } }", Map.of(), true);
            same(p, "{ projects(first: 1) { totalCount } }", Map.of(), true);
            same(p, "{ projects(first: 5) { totalCount edges { node { id name } } } }", Map.of(), true);
            same(p, "query($id: ID!) { project(id: $id) { id name stage owner { name } history { to actor } } }",
                    Map.of("id", anId), true);
            // refused or not found on both paths: the resolver path answers
            same(p, "{ project(id: \"00000000-0000-0000-0000-000000000000\") { id } }", Map.of(), false);
            same(p, "{ projects(first: 0) { totalCount } }", Map.of(), false);
            same(p, "{ projects(first: 1, filter: {regionCode: \"12\"}) { totalCount } }", Map.of(), false);
            same(p, "{ projects(first: 1, after: \"bm90LWEtY3Vyc29y\") { totalCount } }", Map.of(), false);
            same(p, "{ projects(first: 5) { edges { node { name nextSteps { code } } } } }", Map.of(), false);
            same(p, "{ projects(first: 5) { edges { node { name @include(if: true) } } } }", Map.of(), false);
            same(p, "{ projects(first: 1) { edges { node { noSuchField } } } }", Map.of(), false);
        }
    }

    @Test
    void everyPageOfEveryOrderIsIdentical() {
        for (TestTokens.Person p : List.of(ROLES.get(0), ROLES.get(3), ROLES.get(11))) {
            for (String field : ORDER_FIELDS) {
                for (String direction : List.of("ASC", "DESC")) {
                    String after = null;
                    for (int page = 0; page < 20; page++) {
                        Map<String, Object> vars = new HashMap<>();
                        vars.put("after", after);
                        vars.put("order", Map.of("field", field, "direction", direction));
                        vars.put("filter", Map.of("nameContains", DifferentialData.NAME));
                        String body = same(p, """
                                query($after: String, $order: ProjectOrder, $filter: ProjectFilter) {
                                  projects(first: 7, after: $after, orderBy: $order, filter: $filter) {
                                    totalCount edges { cursor node { name estimatedInvestment createdAt } }
                                    pageInfo { hasNextPage endCursor } } }""", vars, true);
                        if (!body.contains("\"hasNextPage\":true")) {
                            break;
                        }
                        after = body.replaceAll("(?s).*\"endCursor\":\"([^\"]+)\".*", "$1");
                    }
                }
            }
        }
    }

    @Test
    void nastyValuesAreIdenticalInEveryCompiledFieldForEveryRole() throws Exception {
        StringBuilder node = new StringBuilder(String.join(" ", PROJECT_FIELDS));
        new java.util.TreeMap<>(RELATIONS).forEach((relation, fields) -> node.append(' ').append(relation)
                .append(" { ").append(String.join(" ", fields)).append(" }"));
        List<String> bodies = new ArrayList<>();
        for (TestTokens.Person p : ROLES) {
            bodies.add(same(p, "query($f: ProjectFilter) { projects(first: 50, filter: $f) { edges { node { " + node
                    + " } } } }", Map.of("f", Map.of("nameContains", NastyValues.NAME)), true));
        }
        for (String id : NastyValues.projectIds(dataSource)) {
            bodies.add(same(TestTokens.ADMIN, "query($id: ID!) { project(id: $id) { " + node + " } }",
                    Map.of("id", id), true));
        }
        assertThat(bodies).as("a compared body carries every nasty text").anyMatch(NastyValues::carried);
    }

    @Test
    void nastyTextsAsFilterValuesSelectTheSameRows() {
        List<String> values = new ArrayList<>(NastyValues.TEXTS);
        values.addAll(List.of("%", "_", "\\", "\\%", "%_%", "[a]", "*", "'", "😀", "\u0301", "\u2028"));
        for (String value : values) {
            for (TestTokens.Person p : List.of(ROLES.get(0), ROLES.get(11))) {
                same(p, "query($f: ProjectFilter) { projects(first: 30, filter: $f) { totalCount edges { cursor node {"
                        + " localCode } } } }", Map.of("f", Map.of("nameContains", value)), true);
            }
        }
    }

    @Test
    void generatedSelectionsAreIdenticalForEveryRole() {
        Random random = new Random(20261202);
        for (int i = 0; i < 40; i++) {
            Generated g = generate(random);
            for (TestTokens.Person p : ROLES) {
                same(p, g.query(), g.variables(), true);
            }
            same(REFUSED.get(0), g.query(), g.variables(), false);
        }
    }

    @Test
    void aCompiledNestedListIsAtMostTwoStatementsWhateverThePageSize() {
        statementsFor(5); // warms what is cached across requests
        long five = statementsFor(5);
        long fifty = statementsFor(50);
        assertThat(five).as("SQL statements for a 5-project nested list (page and count)").isLessThanOrEqualTo(2);
        assertThat(fifty).as("SQL statements for 50 projects vs 5").isEqualTo(five);
    }

    /** Every statement of one bench request: Hibernate's (none expected) and the compiled path's own. */
    private long statementsFor(int pageSize) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        long before = path.statementCount();
        double compiledBefore = compiledCount();
        Response response = post(TestTokens.ADMIN, BENCH, Map.of("n", pageSize));
        assertThat(response.jsonPath().getList("data.projects.edges")).hasSizeGreaterThanOrEqualTo(
                Math.min(pageSize, DifferentialData.PROJECTS));
        assertThat(compiledCount()).as("served by the compiled path").isGreaterThan(compiledBefore);
        return stats.getPrepareStatementCount() + path.statementCount() - before;
    }

    record Generated(String query, Map<String, Object> variables) {
    }

    private static Generated generate(Random random) {
        StringBuilder node = new StringBuilder();
        for (String field : pick(random, PROJECT_FIELDS, 1 + random.nextInt(8))) {
            node.append(alias(random)).append(field).append(' ');
        }
        List<String> relations = new ArrayList<>(RELATIONS.keySet());
        java.util.Collections.sort(relations);
        for (String relation : pick(random, relations.toArray(String[]::new), random.nextInt(5))) {
            node.append(alias(random)).append(relation).append(" { ");
            for (String field : pick(random, RELATIONS.get(relation), 1 + random.nextInt(5))) {
                node.append(alias(random)).append(field).append(' ');
            }
            node.append("} ");
        }
        boolean fragment = random.nextBoolean();
        String selection = fragment ? "...F" : node.toString();
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", 1 + random.nextInt(30));
        Map<String, Object> filter = new HashMap<>();
        switch (random.nextInt(6)) {
            case 0 -> filter.put("nameContains", DifferentialData.NAME);
            case 1 -> filter.put("stages", List.of("IN_REVIEW", "SUSPENDED"));
            case 2 -> filter.put("regionCode", "370000");
            case 3 -> {
                filter.put("year", 2026);
                filter.put("minInvestment", "1000000");
                filter.put("maxInvestment", 1020000.5);
            }
            case 4 -> {
                filter.put("kind", "CONSTRUCTION");
                filter.put("fundingSource", "FISCAL");
            }
            default -> filter = null;
        }
        variables.put("filter", filter);
        variables.put("order", Map.of("field", ORDER_FIELDS[random.nextInt(4)],
                "direction", random.nextBoolean() ? "ASC" : "DESC"));
        String connection = (random.nextBoolean() ? "total: totalCount " : "")
                + "edges { " + (random.nextBoolean() ? "cursor " : "") + "node { " + selection + " } "
                + (random.nextInt(4) == 0 ? "__typename " : "") + "} "
                + (random.nextBoolean() ? "pageInfo { hasNextPage endCursor } " : "");
        String query = "query Q($first: Int, $filter: ProjectFilter, $order: ProjectOrder) { "
                + (random.nextBoolean() ? "list: " : "") + "projects(first: $first, filter: $filter, orderBy: $order) { "
                + connection + "} }" + (fragment ? " fragment F on Project { " + node + "}" : "");
        return new Generated(query, variables);
    }

    private static String alias(Random random) {
        return random.nextInt(5) == 0 ? "a" + random.nextInt(1000) + ": " : "";
    }

    private static List<String> pick(Random random, String[] from, int n) {
        List<String> all = new ArrayList<>(List.of(from));
        java.util.Collections.shuffle(all, random);
        return all.subList(0, Math.min(n, all.size()));
    }

    private static String same(TestTokens.Person p, String query, Map<String, Object> variables, boolean compiled) {
        return BothPaths.same(p, query, variables, compiled);
    }

    private static double compiledCount() {
        return BothPaths.compiledCount();
    }

    private static Response post(TestTokens.Person p, String query, Map<String, Object> variables) {
        return BothPaths.post(p, query, variables);
    }

    private String firstId(TestTokens.Person p) {
        return post(p, "{ projects(first: 1, filter: {nameContains: \"" + DifferentialData.NAME
                + "\", regionCode: \"370000\"}) { edges { node { id } } } }", Map.of())
                .jsonPath().getString("data.projects.edges[0].node.id");
    }

    private static TestTokens.Person person(String role, String org, String region) {
        return new TestTokens.Person(role, List.of(role), org, region);
    }
}
