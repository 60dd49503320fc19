package org.egov.itpm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.ledger.LedgerFiles.download;
import static org.egov.itpm.ledger.LedgerFiles.mutate;
import static org.egov.itpm.ledger.LedgerFiles.rows;
import static org.egov.itpm.ledger.LedgerFiles.runAndRead;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.testsupport.DemoOrgs;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exports obey the API's scope, for every role of the permission matrix (issue #17): the ledger holds exactly the
 * projects the {@code projects} query gives the same person, the dossier opens for a project the person may see and
 * holds only its acts and documents, the audit trail of a project or of a region and period holds only its rows and
 * is refused outside the person's jurisdiction. Three projects: A (Qufu education, supervised and evaluated by
 * engagement), B (Qufu health), C (Jiangxi); each with one document of the same type.
 */
@QuarkusTest
class LedgerExportScopeTest {

    static final String PREFIX = "范围台账" + UUID.randomUUID().toString().substring(0, 6);
    static final String OK = "OK";
    static final Person NDRC = qufu("scope-ndrc", "ndrc-approver");
    static final Person FINANCE = qufu("scope-finance", "finance-officer");
    static final Person AUDITOR = qufu("scope-auditor", "auditor");
    static final Person SECURITY = qufu("scope-security", "security-officer");
    static final Person SD_AUDITOR = new Person("scope-sd-auditor", List.of("auditor"), DemoOrgs.SD_BIGDATA, "370000");
    static final Person SUPERVISOR = qufu("scope-supervisor", "supervisor");
    static final Person EVALUATOR = qufu("scope-evaluator", "evaluator");
    static final Person EXPERT = qufu("scope-expert", "expert");

    static final Map<String, Walk> PROJECTS = new LinkedHashMap<>();

    @Inject
    JobRunner runner;
    @Inject
    DataSource db;

    /** Who, which of A/B/C the person sees, the answer to a Qufu audit trail export, to A's audit trail export. */
    static Stream<Arguments> people() {
        return Stream.of(
                Arguments.of("unit-staff", TestTokens.QUFU_STAFF, "A", "REGION_OUT_OF_SCOPE", OK),
                Arguments.of("unit-lead", TestTokens.QUFU_LEAD, "A", "REGION_OUT_OF_SCOPE", OK),
                Arguments.of("another unit's staff", TestTokens.QUFU_HEALTH_STAFF, "B", "REGION_OUT_OF_SCOPE",
                        "NOT_FOUND"),
                Arguments.of("authority-reviewer", TestTokens.QUFU_REVIEWER, "AB", OK, OK),
                Arguments.of("authority-approver", TestTokens.QUFU_APPROVER, "AB", OK, OK),
                Arguments.of("ndrc-approver", NDRC, "AB", OK, OK),
                Arguments.of("finance-officer", FINANCE, "AB", OK, OK),
                Arguments.of("auditor", AUDITOR, "AB", OK, OK),
                Arguments.of("security-officer", SECURITY, "AB", OK, OK),
                Arguments.of("provincial auditor", SD_AUDITOR, "AB", OK, OK),
                Arguments.of("another region's authority", TestTokens.JX_AUTHORITY, "C", "REGION_OUT_OF_SCOPE",
                        "NOT_FOUND"),
                Arguments.of("supervisor engaged on A", SUPERVISOR, "A", "FORBIDDEN", "FORBIDDEN"),
                Arguments.of("evaluator engaged on A", EVALUATOR, "A", "FORBIDDEN", "FORBIDDEN"),
                Arguments.of("expert without a seat", EXPERT, "", "FORBIDDEN", "FORBIDDEN"),
                Arguments.of("admin", TestTokens.ADMIN, "ABC", OK, OK));
    }

    @BeforeEach
    void threeProjects() {
        if (!PROJECTS.isEmpty()) {
            return;
        }
        PROJECTS.put("A", Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, PREFIX + "A", "1.00",
                "CONSTRUCTION", "FISCAL"));
        PROJECTS.put("B", Walk.start(TestTokens.QUFU_HEALTH_STAFF, TestTokens.QUFU_APPROVER, PREFIX + "B", "1.00",
                "CONSTRUCTION", "FISCAL"));
        PROJECTS.put("C", Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, PREFIX + "C", "1.00",
                "CONSTRUCTION", "FISCAL"));
        PROJECTS.values().forEach(w -> w.upload("COLLECTIVE_DECISION_RECORD"));
        PROJECTS.get("A").engage("SUPERVISION", SUPERVISOR.orgCode());
        PROJECTS.get("A").engage("EVALUATION", EVALUATOR.orgCode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void shouldExportTheLedgerTheProjectsQueryGivesThePerson(String role, Person who, String sees) throws Exception {
        Set<String> expected = names(sees);
        List<String> api = GraphQL.postAs(who, "query($f: ProjectFilter) { projects(first: 100, filter: $f) { edges {"
                + " node { name } } } }", Map.of("f", Map.of("nameContains", PREFIX))).extract().jsonPath()
                .getList("data.projects.edges.node.name", String.class);
        assertThat(new TreeSet<>(api)).as("the projects query").isEqualTo(expected);

        String id = mutate(who, "mutation($f: ProjectFilter) { startLedgerExport(filter: $f) { id } }",
                Map.of("f", Map.of("nameContains", PREFIX))).getString("data.startLedgerExport.id");
        JsonPath job = runAndRead(runner, who, id);
        assertThat(job.getString("state")).isEqualTo("DONE");
        List<List<String>> sheet = rows(download(who, job.getString("downloadUrl")), "项目台账");
        Set<String> exported = sheet.subList(2, sheet.size()).stream().map(r -> r.get(2))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(exported).as("the exported ledger").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void shouldExportADossierOnlyOfAProjectThePersonSees(String role, Person who, String sees) throws Exception {
        for (String project : List.of("A", "C")) {
            var started = GraphQL.postAs(who, "mutation($p: ID!) { startDossierExport(projectId: $p) { id } }",
                    Map.of("p", PROJECTS.get(project).projectId)).extract().jsonPath();
            if (!sees.contains(project)) {
                assertThat(started.getString("errors[0].extensions.code")).as(project).isEqualTo("NOT_FOUND");
                continue;
            }
            JsonPath job = runAndRead(runner, who, started.getString("data.startDossierExport.id"));
            Map<String, byte[]> zip = entries(download(who, job.getString("downloadUrl")));
            assertThat(zip.keySet()).as("its one document and the index").containsExactlyInAnyOrder(
                    "00-目录-index.xlsx", "COLLECTIVE_DECISION_RECORD/collective_decision_record.pdf");
            List<List<String>> documents = rows(zip.get("00-目录-index.xlsx"), "文件 documents");
            assertThat(documents).hasSize(3); // headers, keys, the one document
            List<List<String>> acts = rows(zip.get("00-目录-index.xlsx"), "行为 acts");
            assertThat(acts.subList(2, acts.size())).as("its own acts: created as DRAFT")
                    .singleElement().satisfies(act -> assertThat(act.get(2)).isEqualTo("DRAFT"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void shouldExportTheAuditTrailOfARegionOrProjectInScopeOnly(String role, Person who, String sees,
                                                                 String region, String projectA) throws Exception {
        String start = "mutation($p: ID, $r: String, $f: Date, $t: Date) { startAuditTrailExport(projectId: $p,"
                + " regionCode: $r, from: $f, to: $t) { id } }";
        var byRegion = GraphQL.postAs(who, start, Map.of("r", "370881", "f", "2026-01-01", "t", "2027-01-01"))
                .extract().jsonPath();
        if (region.equals(OK)) {
            Set<String> ids = auditedProjects(who, byRegion.getString("data.startAuditTrailExport.id"));
            assertThat(ids).contains(PROJECTS.get("A").projectId, PROJECTS.get("B").projectId)
                    .doesNotContain(PROJECTS.get("C").projectId);
            assertThat(outsideQufu(ids)).as("rows of projects outside 370881").isZero();
        } else {
            assertThat(byRegion.getString("errors[0].extensions.code")).isEqualTo(region);
        }
        var byProject = GraphQL.postAs(who, start, Map.of("p", PROJECTS.get("A").projectId)).extract().jsonPath();
        if (projectA.equals(OK)) {
            assertThat(auditedProjects(who, byProject.getString("data.startAuditTrailExport.id")))
                    .containsExactly(PROJECTS.get("A").projectId);
        } else {
            assertThat(byProject.getString("errors[0].extensions.code")).isEqualTo(projectA);
        }
    }

    private Set<String> auditedProjects(Person who, String jobId) throws Exception {
        JsonPath job = runAndRead(runner, who, jobId);
        assertThat(job.getString("state")).isEqualTo("DONE");
        List<List<String>> sheet = rows(download(who, job.getString("downloadUrl")), "审计轨迹");
        return sheet.subList(2, sheet.size()).stream().map(r -> r.get(1)).collect(Collectors.toSet());
    }

    private int outsideQufu(Set<String> projectIds) throws Exception {
        try (var c = db.getConnection(); var s = c.prepareStatement("select count(*) from project where id::text ="
                + " any(?) and region_code not like '3708%'")) {
            s.setArray(1, c.createArrayOf("text", projectIds.toArray()));
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Set<String> names(String sees) {
        return sees.chars().mapToObj(p -> PREFIX + (char) p).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static Person qufu(String username, String role) {
        return new Person(username, List.of(role), DemoOrgs.QUFU_BIGDATA, "370881");
    }
}
