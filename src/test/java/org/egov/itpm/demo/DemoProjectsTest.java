package org.egov.itpm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.ExclusionGround;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.policy.pack.BuiltInPacks;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.PackStatus;
import org.egov.itpm.policy.rules.Decision;
import org.egov.itpm.policy.rules.StageGatePolicy;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo projects (db/demo-projects) load on top of the schema and the demo organisations, are consistent with
 * their history and their policy packs, and loading them again changes nothing. Plain JUnit on an embedded PostgreSQL.
 */
class DemoProjectsTest {

    private static final String SCRIPT = "db/demo-projects/R__demo_projects.sql";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Map<String, String> PACK_BY_REGION = Map.of("370881", "qufu-2024", "360000", "jiangxi-2024",
            "230502", "jianshan-2024", "500237", "wushan-2022", "150200", "baotou-2024");
    private static final List<String> TABLES = List.of("project", "project_participant", "stage_transition",
            "stage_transition_document", "document", "review", "review_panel_member", "expert_opinion", "approval",
            "project_fact", "funding_entry", "audit_event", "organisation");

    private static EmbeddedPostgres pg;
    private static DataSource db;

    @BeforeAll
    static void load() throws IOException {
        pg = EmbeddedPostgres.builder().setPort(0).start();
        db = pg.getPostgresDatabase();
        assertThat(flyway().migrate().migrationsExecuted).isGreaterThan(0);
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    private static Flyway flyway() {
        return Flyway.configure().dataSource(db)
                .locations("classpath:db/migration", "classpath:db/demo", "classpath:db/demo-projects").load();
    }

    @Test
    void everySeedJurisdictionHasAtLeastTwoProjectsOfItsOwnUnits() throws SQLException {
        Map<String, Long> perRegion = longs("select region_code, count(*) from project group by region_code");
        assertThat(perRegion.keySet()).containsAll(PACK_BY_REGION.keySet());
        PACK_BY_REGION.keySet().forEach(region -> assertThat(perRegion.get(region)).as(region).isGreaterThanOrEqualTo(2));
        assertThat(longs("select p.local_code, count(*) from project p join organisation o on o.id = p.owner_org_id"
                + " where o.region_code <> p.region_code or o.kind <> 'UNIT' group by p.local_code")).isEmpty();
        assertThat(longs("select local_code, 1 from project where local_code !~ ('^' || region_code || '-'"
                + " || plan_year || '-9[0-9]{5}$') or plan_year not in (2025, 2026)")).isEmpty();
    }

    @Test
    void stagesSpanTheLifecycle() throws SQLException {
        Map<String, Long> stages = longs("select stage, count(*) from project group by stage");
        assertThat(stages.size()).isGreaterThanOrEqualTo(6);
        assertThat(stages).containsKeys("DRAFT", "LIBRARY", "APPLIED", "IN_REVIEW", "APPROVED", "FUNDED", "PROCUREMENT",
                "CONSTRUCTION", "OPERATION", "SUSPENDED");
        assertThat(longs("select local_code, 1 from project where (stage = 'SUSPENDED') <> (stage_before_suspension"
                + " is not null)")).isEmpty();
    }

    @Test
    void historyRunsFromDraftToTheCurrentStageWithoutGaps() throws SQLException {
        Map<String, Project> projects = projects();
        Map<String, List<Transition>> history = history();
        assertThat(history.keySet()).isEqualTo(projects.keySet());
        projects.forEach((id, p) -> {
            List<Transition> h = history.get(id);
            for (int i = 0; i < h.size(); i++) {
                Transition t = h.get(i);
                assertThat(t.seq()).as(p.code() + " seq").isEqualTo(i + 1);
                assertThat(t.from()).as(p.code() + " from of seq " + t.seq()).isEqualTo(i == 0 ? null : h.get(i - 1).to());
                if (i > 0) {
                    assertThat(t.at()).as(p.code() + " time of seq " + t.seq()).isAfter(h.get(i - 1).at());
                }
            }
            assertThat(h.get(0).to()).as(p.code()).isEqualTo(Stage.DRAFT);
            Transition last = h.get(h.size() - 1);
            assertThat(last.to()).as(p.code() + " last transition").isEqualTo(p.stage());
            if (p.stage() == Stage.SUSPENDED) {
                assertThat(p.stageBeforeSuspension()).as(p.code()).isEqualTo(last.from());
            }
            assertThat(p.createdAt()).as(p.code()).isEqualTo(h.get(0).at());
            assertThat(p.updatedAt()).as(p.code()).isEqualTo(last.at());
            assertThat(h.get(0).at()).isAfterOrEqualTo(Instant.parse("2024-12-31T16:00:00Z"));
            assertThat(last.at()).isBefore(Instant.parse("2026-12-31T16:00:00Z"));
        });
    }

    @Test
    void projectsAppliedOrLaterAreBoundToTheirJurisdictionsPackOnTheirApplicationDay() throws SQLException {
        Map<String, List<Transition>> history = history();
        projects().forEach((id, p) -> {
            LocalDate applied = history.get(id).stream().filter(t -> t.to() == Stage.APPLIED).findFirst()
                    .map(t -> t.at().atZone(CHINA).toLocalDate()).orElse(null);
            if (applied == null) {
                assertThat(p.packId()).as(p.code()).isNull();
                assertThat(p.appliedOn()).as(p.code()).isNull();
                return;
            }
            assertThat(p.packId()).as(p.code()).isEqualTo(PACK_BY_REGION.get(p.region()));
            assertThat(p.packVersion()).as(p.code()).isEqualTo(BuiltInPacks.load(p.packId() + ".json").version());
            assertThat(p.appliedOn()).as(p.code()).isEqualTo(applied);
            Pack pack = BuiltInPacks.load(p.packId() + ".json");
            assertThat(pack.statusOn(applied)).as(p.code() + " pack in force on " + applied).isEqualTo(PackStatus.IN_FORCE);
        });
    }

    @Test
    void documentHashesAndSizesAreThoseOfTheStoredBytes() throws SQLException {
        assertThat(longs("select count(*), 1 from document")).isNotEmpty();
        assertThat(longs("select id::text, 1 from document where sha256 <> encode(sha256(content), 'hex')"
                + " or size_bytes <> octet_length(content) or content_type <> 'application/pdf'")).isEmpty();
    }

    @Test
    void reviewsAreSignedByTheirWholePanelBeforeTheyConclude() throws SQLException {
        assertThat(longs("select r.id::text, 1 from review r join review_panel_member m on m.review_id = r.id"
                + " left join expert_opinion o on o.review_id = r.id and o.expert = m.username"
                + " where r.status <> 'OPEN' and (o.id is null or o.signed_at > r.concluded_at)")).isEmpty();
        assertThat(longs("select o.id::text, 1 from expert_opinion o left join review_panel_member m"
                + " on m.review_id = o.review_id and m.username = o.expert where m.username is null")).isEmpty();
        // Qufu: one project a demo user can finish (demand review passed, technical review open, one of three signed).
        assertThat(longs("select p.local_code, count(o.id) from project p"
                + " join review d on d.project_id = p.id and d.type = 'DEMAND_REVIEW' and d.status = 'PASSED'"
                + " join review t on t.project_id = p.id and t.type = 'TECHNICAL_REVIEW' and t.status = 'OPEN'"
                + " join review_panel_member m on m.review_id = t.id"
                + " left join expert_opinion o on o.review_id = t.id and o.expert = m.username"
                + " where p.region_code = '370881' and p.stage = 'IN_REVIEW' group by p.local_code"))
                .containsValue(1L);
    }

    @Test
    void crossDepartmentAndMultiPhaseProjectsAreThere() throws SQLException {
        assertThat(longs("select p.local_code, 1 from project p join project_participant pp on pp.project_id = p.id"
                + " join organisation o on o.id = pp.organisation_id where p.cross_department"
                + " and o.credit_code = '11370881004234567T'")).hasSize(1);
        assertThat(longs("select parent.local_code, count(*) from project child"
                + " join project parent on parent.id = child.parent_project_id"
                + " where child.phase_no in (1, 2) group by parent.local_code")).containsValue(2L);
    }

    /** Every move up to FUNDED (and into SUSPENDED) passes its pack's gates with the records that existed at that time. */
    @Test
    void everyRecordedMoveWasAllowedByThePackAtTheTime() throws SQLException {
        Map<String, Project> projects = projects();
        Map<String, List<Transition>> history = history();
        Records records = records();
        List<String> refused = new ArrayList<>();
        int checked = 0;
        for (Project p : projects.values()) {
            Pack pack = BuiltInPacks.load(PACK_BY_REGION.get(p.region()) + ".json");
            for (Transition t : history.get(p.id())) {
                boolean gated = t.to().isCanonical() && t.to().ordinal() <= Stage.FUNDED.ordinal() || t.to() == Stage.SUSPENDED;
                if (t.from() == null || !gated) {
                    continue;
                }
                Decision decision = StageGatePolicy.check(pack, factsAt(p, t, history.get(p.id()), records).build(), t.to(),
                        t.at().atZone(CHINA).toLocalDate());
                checked++;
                if (decision instanceof Decision.Rejected rejected) {
                    refused.add(p.code() + " " + t.from() + "→" + t.to() + ": " + rejected.reasons());
                }
            }
        }
        assertThat(refused).isEmpty();
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        Map<String, String> before = snapshot();
        String sql;
        try (InputStream in = DemoProjectsTest.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            assertThat(in).as(SCRIPT).isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(flyway().migrate().migrationsExecuted).isZero();
        assertThat(snapshot()).isEqualTo(before);
        assertThat(before.get("project")).startsWith("14 ");
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private static ProjectFactsBuilder factsAt(Project p, Transition move, List<Transition> history, Records r) {
        Instant at = move.at();
        LocalDate day = at.atZone(CHINA).toLocalDate();
        ProjectFactsBuilder b = ProjectFactsBuilder.project(p.id(), p.region()).kind(p.kind()).funding(p.funding())
                .stage(move.from()).crossDepartment(p.cross()).plannedYear(p.year()).estimated(p.estimated())
                .securityBudget(p.security());
        boolean estimateApproved = r.approvals().stream().anyMatch(a -> a.projectId().equals(p.id())
                && !a.recordedAt().isAfter(at) && (a.kind() == ApprovalKind.BUDGET_ESTIMATE
                || a.kind() == ApprovalKind.FEASIBILITY_STUDY));
        b.approvedEstimate(estimateApproved ? p.approvedEstimate() : null);
        Set<Stage> seen = EnumSet.noneOf(Stage.class);
        for (Transition t : history) {
            if (!t.at().isBefore(at) || !seen.add(t.to())) {
                continue;
            }
            LocalDate on = t.at().atZone(CHINA).toLocalDate();
            switch (t.to()) {
                case LIBRARY -> b.libraryEnteredOn(on).demandSubmittedOn(on);
                case APPLIED -> b.appliedOn(on);
                case APPROVED -> b.approvedOn(on);
                case FUNDED -> b.fundedOn(on);
                default -> { }
            }
        }
        r.reviews().stream().filter(v -> v.projectId().equals(p.id()) && !v.concludedAt().isAfter(at))
                .forEach(v -> b.review(v.type(), v.concludedAt().atZone(CHINA).toLocalDate()));
        r.approvals().stream().filter(a -> a.projectId().equals(p.id()) && !a.recordedAt().isAfter(at)
                && !a.approvedOn().isAfter(day)).forEach(a -> b.approval(a.kind(), a.approvedOn()));
        r.documents().stream().filter(d -> d.projectId().equals(p.id()) && !d.at().isAfter(at))
                .forEach(d -> b.documents(DocumentType.valueOf(d.value())));
        r.facts().stream().filter(f -> f.projectId().equals(p.id()) && !f.at().isAfter(at)).forEach(f -> {
            switch (f.category()) {
                case "ATTESTATION" -> b.attest(Attestation.valueOf(f.value()));
                case "EXCLUSION" -> b.excludedBy(ExclusionGround.valueOf(f.value()));
                default -> b.filed(PlatformFiling.valueOf(f.value()));
            }
        });
        if (r.annualPlans().stream().anyMatch(f -> f.projectId().equals(p.id()) && !f.at().isAfter(at))) {
            b.inAnnualPlan(true);
        }
        return b;
    }

    private record Project(String id, String code, String region, ProjectKind kind, FundingSource funding, Stage stage,
                           Stage stageBeforeSuspension, boolean cross, int year, BigDecimal estimated,
                           BigDecimal approvedEstimate, BigDecimal security, String packId, Integer packVersion,
                           LocalDate appliedOn, Instant createdAt, Instant updatedAt) {
    }

    private record Transition(int seq, Stage from, Stage to, Instant at) {
    }

    private record PassedReview(String projectId, ReviewType type, Instant concludedAt) {
    }

    private record Approval(String projectId, ApprovalKind kind, LocalDate approvedOn, Instant recordedAt) {
    }

    private record Dated(String projectId, String category, String value, Instant at) {
    }

    private record Records(List<PassedReview> reviews, List<Approval> approvals, List<Dated> documents,
                           List<Dated> facts, List<Dated> annualPlans) {
    }

    private static Map<String, Project> projects() throws SQLException {
        Map<String, Project> out = new LinkedHashMap<>();
        query("select id::text, local_code, region_code, kind, funding_source, stage, stage_before_suspension,"
                + " cross_department, plan_year, estimated_investment, approved_estimate, security_budget, policy_pack_id,"
                + " policy_pack_version, applied_on, created_at, updated_at from project order by local_code", rs -> {
            Integer version = (Integer) rs.getObject(14);
            out.put(rs.getString(1), new Project(rs.getString(1), rs.getString(2), rs.getString(3),
                    ProjectKind.valueOf(rs.getString(4)), FundingSource.valueOf(rs.getString(5)),
                    Stage.valueOf(rs.getString(6)), stage(rs.getString(7)), rs.getBoolean(8), rs.getInt(9),
                    rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getString(13), version,
                    rs.getDate(15) == null ? null : rs.getDate(15).toLocalDate(), instant(rs.getTimestamp(16)),
                    instant(rs.getTimestamp(17))));
        });
        return out;
    }

    private static Map<String, List<Transition>> history() throws SQLException {
        Map<String, List<Transition>> out = new LinkedHashMap<>();
        query("select project_id::text, seq, from_stage, to_stage, at from stage_transition order by project_id, seq",
                rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Transition(rs.getInt(2),
                        stage(rs.getString(3)), Stage.valueOf(rs.getString(4)), instant(rs.getTimestamp(5)))));
        return out;
    }

    private static Records records() throws SQLException {
        List<PassedReview> reviews = new ArrayList<>();
        query("select project_id::text, type, concluded_at from review where status = 'PASSED'", rs ->
                reviews.add(new PassedReview(rs.getString(1), ReviewType.valueOf(rs.getString(2)), instant(rs.getTimestamp(3)))));
        List<Approval> approvals = new ArrayList<>();
        query("select project_id::text, kind, approved_on, recorded_at from approval", rs -> approvals.add(new Approval(
                rs.getString(1), ApprovalKind.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(), instant(rs.getTimestamp(4)))));
        List<Dated> documents = new ArrayList<>();
        query("select project_id::text, type, uploaded_at from document", rs ->
                documents.add(new Dated(rs.getString(1), "DOCUMENT", rs.getString(2), instant(rs.getTimestamp(3)))));
        List<Dated> facts = new ArrayList<>();
        query("select project_id::text, category, value, recorded_at from project_fact", rs ->
                facts.add(new Dated(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)))));
        List<Dated> plans = new ArrayList<>();
        query("select project_id::text, kind, year::text, entered_at from funding_entry where kind = 'ANNUAL_PLAN'", rs ->
                plans.add(new Dated(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)))));
        return new Records(reviews, approvals, documents, facts, plans);
    }

    /** Row count and a digest of every row, per table. */
    private static Map<String, String> snapshot() throws SQLException {
        Map<String, String> out = new TreeMap<>();
        for (String table : TABLES) {
            query("select count(*), coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + table + " t",
                    rs -> out.put(table, rs.getLong(1) + " " + rs.getString(2)));
        }
        return out;
    }

    /** Two-column query (text key, number) as an ordered map. */
    private static Map<String, Long> longs(String sql) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        query(sql, rs -> out.put(rs.getString(1), rs.getLong(2)));
        return out;
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, RowHandler handler) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                handler.row(rs);
            }
        }
    }

    private static Stage stage(String s) {
        return s == null ? null : Stage.valueOf(s);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
