package org.egov.itpm.platform.graphql.compiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.platform.graphql.compiled.BothPaths.same;
import static org.egov.itpm.platform.graphql.compiled.CompiledReadPathDifferentialTest.REFUSED;
import static org.egov.itpm.platform.graphql.compiled.CompiledReadPathDifferentialTest.ROLES;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list roots other features contribute (ADR 0016), on both paths for every role of the permission matrix, byte
 * for byte; what the compiler must serve is checked to have been served by it ({@code itpm_graphql_path_total}).
 */
@QuarkusTest
class CompiledListRootsDifferentialTest {

    /** Each compiled list root: its element type and fields and its filter's type ({@code null}: no arguments). */
    record Root(String field, String type, String[] fields, String filterType) {
    }

    static final List<Root> ROOTS = List.of(
            new Root("organisations", "Organisation",
                    new String[] {"id", "creditCode", "name", "regionCode", "kind"}, null),
            new Root("regions", "Region", new String[] {"code", "name", "parentCode", "level"}, null),
            new Root("findings", "RecordedFinding", new String[] {"id", "projectId", "key", "code", "severity",
                "messageEn", "messageZh", "raisedAt", "resolvedAt", "open", "origin", "raisedBy"}, "FindingFilter"),
            new Root("rectificationOrders", "RectificationOrder", new String[] {"id", "projectId", "kind", "state",
                "text", "severity", "issuedOn", "dueOn", "reportedOn", "issuedBy", "issuerOrgCode"},
                    "RectificationOrderFilter"));

    /** Filters of the two filtered roots that select some, none or all of the seeded rows (page sizes vary by role). */
    static final Map<String, List<Map<String, Object>>> FILTERS = Map.of(
            "findings", List.of(Map.of("open", true), Map.of("open", false, "severity", "WARNING"),
                    Map.of("code", "CODE_1", "packId", "qufu-2024"), Map.of("severity", "ERROR"), Map.of()),
            "rectificationOrders", List.of(Map.of("open", true), Map.of("open", false), Map.of("state", "REPORTED"),
                    Map.of("kind", "FINDING"), Map.of("kind", "ORDER", "state", "ISSUED"), Map.of()));

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() throws Exception {
        DifferentialData.seed(dataSource);
    }

    @Test
    void everyFieldOfEveryListRootIsIdenticalForEveryRoleAndServedCompiled() {
        for (Root root : ROOTS) {
            String all = "{ " + root.field() + " { " + String.join(" ", root.fields()) + " __typename } }";
            for (TestTokens.Person p : ROLES) {
                same(p, all, Map.of(), true);
            }
            for (TestTokens.Person p : REFUSED) {
                same(p, all, Map.of(), false);
            }
        }
    }

    @Test
    void filtersAndPageSizesAreIdenticalAndServedCompiled() {
        String projectId = aProjectWithOrders();
        for (TestTokens.Person p : ROLES) {
            for (Root root : ROOTS.stream().filter(r -> r.filterType() != null).toList()) {
                List<Map<String, Object>> filters = FILTERS.get(root.field());
                for (int i = 0; i < filters.size(); i++) {
                    Map<String, Object> vars = new HashMap<>();
                    vars.put("f", filters.get(i));
                    vars.put("n", new int[] {1, 7, 500}[(i + p.username().length()) % 3]);
                    same(p, "query($f: " + root.filterType() + ", $n: Int) { " + root.field()
                            + "(filter: $f, first: $n) { id } }", vars, true);
                }
            }
            same(p, "{ rectificationOrders(first: null) { id dueOn } }", Map.of(), true);
            same(p, "query($id: String) { rectificationOrders(filter: {projectId: $id}) { id projectId text } }",
                    Map.of("id", projectId), true);
        }
    }

    @Test
    void nastyValuesOfTheListRootsAreIdenticalForEveryRole() throws Exception {
        List<String> bodies = new ArrayList<>();
        List<String> projects = NastyValues.projectIds(dataSource);
        for (TestTokens.Person p : ROLES) {
            for (Root root : ROOTS) {
                String arguments = switch (root.field()) {
                    case "findings" -> "(filter: {severity: ERROR, packId: \"qufu-2024\"}, first: 500)";
                    case "rectificationOrders" -> "(filter: {projectId: $id})";
                    default -> "";
                };
                String query = "query" + (arguments.contains("$id") ? "($id: String)" : "") + " { " + root.field()
                        + arguments + " { " + String.join(" ", root.fields()) + " } }";
                for (String id : arguments.contains("$id") ? projects : List.of("")) {
                    bodies.add(same(p, query, id.isEmpty() ? Map.of() : Map.of("id", id), true));
                }
            }
        }
        assertThat(bodies).as("a compared body carries every nasty text").anyMatch(NastyValues::carried);
    }

    @Test
    void whatTheCompilerCannotRenderIsLeftToTheResolverPath() {
        String projectId = aProjectWithOrders();
        for (TestTokens.Person p : List.of(ROLES.get(0), ROLES.get(3), ROLES.get(8), ROLES.get(9), ROLES.get(11))) {
            // refused arguments: the resolver path answers with its code
            same(p, "{ findings(first: 0) { id } }", Map.of(), false);
            same(p, "{ findings(first: 501) { id } }", Map.of(), false);
            // an explicit null asks for the default page (it was an INTERNAL_ERROR on both paths)
            assertThat(same(p, "{ findings(first: null) { id } }", Map.of(), true)).doesNotContain("\"errors\"");
            assertThat(same(p, "{ myEngagements(first: null) { kind } }", Map.of(), false))
                    .doesNotContain("INTERNAL_ERROR");
            same(p, "{ rectificationOrders(first: 501) { id } }", Map.of(), false);
            same(p, "{ rectificationOrders(filter: {projectId: \"not-an-id\"}) { id } }", Map.of(), false);
            // fields computed in Java or from another table per row
            same(p, "{ findings(first: 3) { id citation { article } } }", Map.of(), false);
            same(p, "{ findings(first: 3) { id facts { name } } }", Map.of(), false);
            same(p, "{ rectificationOrders { id citation { text } } }", Map.of(), false);
            same(p, "{ rectificationOrders { id history { seq } } }", Map.of(), false);
            same(p, "{ rectificationOrders { id escalations { inForce } } }", Map.of(), false);
            // roots whose rows are derived in Java (ADR 0016)
            same(p, "query($id: ID!) { engagements(projectId: $id) { kind projectName period } }",
                    Map.of("id", projectId), false);
            same(p, "{ myEngagements { kind projectId period } }", Map.of(), false);
            same(p, "{ organisations { name @include(if: true) } }", Map.of(), false);
        }
    }

    @Test
    void generatedSelectionsOverTheListRootsAreIdenticalForEveryRole() {
        Random random = new Random(20261203);
        for (int i = 0; i < 20; i++) {
            Root root = ROOTS.get(random.nextInt(ROOTS.size()));
            Map<String, Object> vars = new HashMap<>();
            StringBuilder selection = new StringBuilder();
            List<String> fields = new ArrayList<>(List.of(root.fields()));
            fields.add("__typename");
            Collections.shuffle(fields, random);
            for (String field : fields.subList(0, 1 + random.nextInt(fields.size()))) {
                selection.append(random.nextInt(4) == 0 ? "x" + random.nextInt(100) + ": " : "").append(field)
                        .append(' ');
            }
            boolean fragment = random.nextBoolean();
            String arguments = "";
            String declared = "";
            if (root.filterType() != null) {
                List<Map<String, Object>> filters = FILTERS.get(root.field());
                vars.put("f", filters.get(random.nextInt(filters.size())));
                vars.put("n", 1 + random.nextInt(60));
                declared = "($f: " + root.filterType() + ", $n: Int)";
                arguments = "(filter: $f, first: $n)";
            }
            String query = "query Q" + declared + " { " + (random.nextBoolean() ? "list: " : "") + root.field()
                    + arguments + " { " + (fragment ? "...F" : selection) + " } }"
                    + (fragment ? " fragment F on " + root.type() + " { " + selection + "}" : "");
            for (TestTokens.Person p : ROLES) {
                same(p, query, vars, true);
            }
            same(REFUSED.get(0), query, vars, false);
        }
    }

    private static String aProjectWithOrders() {
        return BothPaths.post(TestTokens.ADMIN,
                "{ rectificationOrders(first: 1, filter: {kind: FINDING}) { projectId } }", Map.of()).jsonPath().getString("data.rectificationOrders[0].projectId");
    }
}
