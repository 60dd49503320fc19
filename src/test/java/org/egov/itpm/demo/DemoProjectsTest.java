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
import org.egov.itpm.common.CreditCode;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.ContractClause;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.IpOwner;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.ExclusionGround;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.calendar.HolidayFiles;
import org.egov.itpm.policy.facts.ContractFacts;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.policy.pack.BuiltInPacks;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.PackStatus;
import org.egov.itpm.policy.rules.Decision;
import org.egov.itpm.policy.rules.FindingPolicy;
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
            "project_fact", "funding_entry", "responsibility_letter", "contract", "construction_report", "acceptance_step",
            "audit_event", "organisation", "final_settlement", "surplus_return", "om_maintained_system");
    /** The demo's "today": the local run's projects are dated up to it (docs/demo-data.md). */
    private static final Instant DEMO_DAY = Instant.parse("2026-11-30T01:00:00Z");

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
                "CONSTRUCTION", "TRIAL_RUN", "OPERATION", "SUSPENDED");
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

    /** qufu-2024 art.24: every Qufu project that reached PROCUREMENT signed its 责任书 after FUNDED and filed it before. */
    @Test
    void qufuProjectsPastFundedHaveTheirResponsibilityLetterBetweenFundingAndProcurement() throws SQLException {
        assertThat(longs("select p.local_code, 1 from project p join stage_transition f on f.project_id = p.id"
                + " and f.to_stage = 'FUNDED' where p.region_code = '370881'")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(longs("select p.local_code, 1 from project p join stage_transition f on f.project_id = p.id"
                + " and f.to_stage = 'FUNDED' left join responsibility_letter r on r.project_id = p.id"
                + " left join stage_transition pr on pr.project_id = p.id and pr.to_stage = 'PROCUREMENT'"
                + " where p.region_code = '370881' and (r.project_id is null or r.signed_on < (f.at at time zone"
                + " 'Asia/Shanghai')::date or r.filed_on < r.signed_on or (pr.id is not null and r.filed_on >"
                + " (pr.at at time zone 'Asia/Shanghai')::date))")).isEmpty();
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

    /**
     * Every move up to FUNDED (and into SUSPENDED) passes its pack's gates with the records that existed at that time.
     * Projects whose second half is recorded in the contract, construction-report and acceptance tables are checked
     * up to TRIAL_RUN as well; the older demo projects past FUNDED (Qufu 一期 and 二期) carry their second half as
     * documents and platform filings only, so their later moves are not checked here.
     */
    @Test
    void everyRecordedMoveWasAllowedByThePackAtTheTime() throws SQLException {
        Map<String, Project> projects = projects();
        Map<String, List<Transition>> history = history();
        Records records = records();
        List<String> refused = new ArrayList<>();
        int checked = 0;
        int checkedAfterFunding = 0;
        for (Project p : projects.values()) {
            Pack pack = BuiltInPacks.load(PACK_BY_REGION.get(p.region()) + ".json");
            boolean secondHalfRecorded = records.contracts().stream().anyMatch(c -> c.projectId().equals(p.id()));
            Stage lastGated = secondHalfRecorded ? Stage.TRIAL_RUN : Stage.FUNDED;
            for (Transition t : history.get(p.id())) {
                boolean gated = t.to().isCanonical() && t.to().ordinal() <= lastGated.ordinal() || t.to() == Stage.SUSPENDED;
                if (t.from() == null || !gated) {
                    continue;
                }
                Decision decision = StageGatePolicy.check(pack, factsAt(p, t.from(), t.at(), history.get(p.id()), records)
                        .build(), t.to(), t.at().atZone(CHINA).toLocalDate());
                checked++;
                checkedAfterFunding += t.to().ordinal() > Stage.FUNDED.ordinal() && t.to().isCanonical() ? 1 : 0;
                if (decision instanceof Decision.Rejected rejected) {
                    refused.add(p.code() + " " + t.from() + "→" + t.to() + ": " + rejected.reasons());
                }
            }
        }
        assertThat(refused).isEmpty();
        assertThat(checked).isGreaterThan(40);
        assertThat(checkedAfterFunding).as("PROCUREMENT, CONSTRUCTION and TRIAL_RUN moves checked").isGreaterThanOrEqualTo(3);
    }

    /** Contracts: valid GB 32100 supplier codes, award ≤ signing ≤ filing, recorded in PROCUREMENT, signed before CONSTRUCTION. */
    @Test
    void contractsAreSignedAndFiledWithValidSupplierCodesBeforeConstructionStarts() throws SQLException {
        Map<String, Project> projects = projects();
        Map<String, List<Transition>> history = history();
        List<ContractRow> contracts = records().contracts();
        assertThat(contracts).extracting(c -> c.facts().kind()).contains(ContractKind.CONSTRUCTION, ContractKind.SUPERVISION);
        for (ContractRow c : contracts) {
            String what = projects.get(c.projectId()).code() + " " + c.facts().title();
            ContractFacts f = c.facts();
            assertThat(CreditCode.check(c.supplierCreditCode())).as(what + " " + c.supplierCreditCode())
                    .isEqualTo(CreditCode.Check.VALID);
            assertThat(f.creditCodeCheckValid()).as(what).isTrue();
            assertThat(f.awardNoticeOn()).as(what).isNotNull();
            assertThat(f.signedOn()).as(what).isAfterOrEqualTo(f.awardNoticeOn());
            assertThat(f.filedOn()).as(what).isAfterOrEqualTo(f.signedOn());
            Instant procurement = reached(history.get(c.projectId()), Stage.PROCUREMENT);
            assertThat(procurement).as(what + " project reached PROCUREMENT").isNotNull();
            assertThat(f.awardNoticeOn()).as(what).isAfter(procurement.atZone(CHINA).toLocalDate());
            assertThat(c.recordedAt()).as(what).isAfterOrEqualTo(f.filedOn().atStartOfDay(CHINA).toInstant());
            Instant construction = reached(history.get(c.projectId()), Stage.CONSTRUCTION);
            if (construction != null) {
                assertThat(c.recordedAt()).as(what + " recorded before CONSTRUCTION").isBefore(construction);
            }
            if (f.kind() == ContractKind.CONSTRUCTION) {
                assertThat(f.clauses()).as(what).contains(ContractClause.IP_OWNERSHIP, ContractClause.DATA_OWNERSHIP);
            }
        }
        assertThat(longs("select d.id::text, 1 from document d join contract c on c.id = d.contract_id"
                + " where c.project_id <> d.project_id or d.uploaded_at < c.recorded_at"))
                .as("a document is linked to a contract already registered, of its own project").isEmpty();
    }

    /** Construction reports fall inside construction; completion is recorded after construction started. */
    @Test
    void constructionReportsAndAcceptanceStepsFallInTheirStages() throws SQLException {
        Map<String, List<Transition>> history = history();
        record Report(String projectId, String kind, int year, LocalDate on, Instant at) {
        }
        List<Report> reports = new ArrayList<>();
        query("select project_id::text, kind, year, reported_on, recorded_at from construction_report", rs -> reports.add(
                new Report(rs.getString(1), rs.getString(2), rs.getInt(3), date(rs.getDate(4)), instant(rs.getTimestamp(5)))));
        assertThat(reports).isNotEmpty();
        for (Report r : reports) {
            Instant construction = reached(history.get(r.projectId()), Stage.CONSTRUCTION);
            assertThat(construction).as(r + ": project under construction").isNotNull();
            assertThat(r.on()).as(r.toString()).isAfterOrEqualTo(construction.atZone(CHINA).toLocalDate());
            assertThat(r.year()).as(r.toString()).isEqualTo(r.on().getYear());
            assertThat(r.at()).as(r.toString()).isAfterOrEqualTo(r.on().atStartOfDay(CHINA).toInstant()).isBefore(DEMO_DAY);
        }
        assertThat(longs("select r.id::text, 1 from construction_report r where r.kind = 'SUPERVISION' and not exists"
                + " (select 1 from contract c where c.project_id = r.project_id and c.kind = 'SUPERVISION'"
                + " and c.signed_on <= r.reported_on)")).as("supervision reports need a signed 监理 contract").isEmpty();
        assertThat(longs("select project_id::text || ' ' || seq, 1 from acceptance_step where recorded_at < on_date::timestamp"
                + " at time zone 'Asia/Shanghai' or recorded_at >= timestamptz '" + DEMO_DAY + "'"))
                .isEmpty();
        List<Completion> completions = records().completions();
        assertThat(completions).isNotEmpty();
        for (Completion c : completions) {
            Instant construction = reached(history.get(c.projectId()), Stage.CONSTRUCTION);
            assertThat(construction).as(c + ": completed after CONSTRUCTION").isNotNull();
            assertThat(c.on()).as(c.toString()).isAfterOrEqualTo(construction.atZone(CHINA).toLocalDate());
        }
    }

    /**
     * A Jiangxi demo project has run its trial six months by the demo's today (jiangxi-2024 art.30), so the local run
     * can carry it to OPERATION without moving the clock: preliminary acceptance is allowed on 2026-11-30 (and was not
     * the day before the six months were up), and the pack raises no finding about it today.
     */
    @Test
    void aJiangxiProjectInTrialRunCanPassPreliminaryAcceptanceOnTheDemoDay() throws SQLException {
        Map<String, List<Transition>> history = history();
        Records records = records();
        Pack pack = BuiltInPacks.load("jiangxi-2024.json");
        List<Project> inTrial = projects().values().stream()
                .filter(p -> p.region().equals("360000") && p.stage() == Stage.TRIAL_RUN).toList();
        assertThat(inTrial).hasSize(1);
        Project p = inTrial.get(0);
        LocalDate today = DEMO_DAY.atZone(CHINA).toLocalDate();
        var facts = factsAt(p, p.stage(), DEMO_DAY, history.get(p.id()), records).build();
        LocalDate sixMonthsRun = facts.trialRunStartedOn().plusMonths(6);
        assertThat(sixMonthsRun).isBefore(today);
        assertThat(StageGatePolicy.check(pack, facts, Stage.PRELIMINARY_ACCEPTANCE, today).isAllowed()).isTrue();
        assertThat(FindingPolicy.findings(pack, facts, HolidayFiles.classpathCalendar(), today)).isEmpty();
        Decision early = StageGatePolicy.check(pack, facts, Stage.PRELIMINARY_ACCEPTANCE, sixMonthsRun.minusDays(1));
        assertThat(early).isInstanceOf(Decision.Rejected.class);
        assertThat(((Decision.Rejected) early).reasons()).extracting(r -> r.cite().render())
                .containsExactly("jiangxi-2024 art.30");
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
        assertThat(before.get("project")).startsWith("16 ");
        assertThat(before.get("contract")).startsWith("2 ");
        assertThat(before.get("construction_report")).startsWith("3 ");
        assertThat(before.get("acceptance_step")).startsWith("1 ");
        assertThat(before.get("final_settlement")).startsWith("1 ");
        assertThat(before.get("surplus_return")).startsWith("1 ");
        assertThat(before.get("om_maintained_system")).startsWith("1 ");
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /** The project's facts as they stood at {@code at}, in {@code stage}, from the records that existed then. */
    private static ProjectFactsBuilder factsAt(Project p, Stage stage, Instant at, List<Transition> history, Records r) {
        LocalDate day = at.atZone(CHINA).toLocalDate();
        ProjectFactsBuilder b = ProjectFactsBuilder.project(p.id(), p.region()).kind(p.kind()).funding(p.funding())
                .stage(stage).crossDepartment(p.cross()).plannedYear(p.year()).estimated(p.estimated())
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
                case CONSTRUCTION -> b.constructionStartedOn(on);
                case TRIAL_RUN -> b.trialRunStartedOn(on);
                case PRELIMINARY_ACCEPTANCE -> b.preliminaryAcceptedOn(on);
                case FINAL_ACCEPTANCE -> b.finalAcceptedOn(on);
                default -> { }
            }
        }
        r.contracts().stream().filter(c -> c.projectId().equals(p.id()) && !c.recordedAt().isAfter(at))
                .forEach(c -> b.contract(c.facts()));
        r.contractDocuments().stream().filter(d -> d.projectId().equals(p.id()) && !d.at().isAfter(at))
                .forEach(d -> b.contractDocument(d.contractId(), d.type()));
        r.completions().stream().filter(c -> c.projectId().equals(p.id()) && !c.at().isAfter(at))
                .forEach(c -> b.completedOn(c.on()));
        r.performanceReports().stream().filter(y -> y.projectId().equals(p.id()) && !y.at().isAfter(at))
                .forEach(y -> b.performanceReport(y.year(), y.on()));
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

    private record ContractRow(String projectId, ContractFacts facts, String supplierCreditCode, Instant recordedAt) {
    }

    private record ContractDocument(String projectId, String contractId, DocumentType type, Instant at) {
    }

    private record Completion(String projectId, LocalDate on, Instant at) {
    }

    /** The first performance report of a construction year (construction.ConstructionFacts). */
    private record PerformanceReport(String projectId, int year, LocalDate on, Instant at) {
    }

    private record Records(List<PassedReview> reviews, List<Approval> approvals, List<Dated> documents,
                           List<Dated> facts, List<Dated> annualPlans, List<ContractRow> contracts,
                           List<ContractDocument> contractDocuments, List<Completion> completions,
                           List<PerformanceReport> performanceReports) {
    }

    private static Instant reached(List<Transition> history, Stage stage) {
        return history.stream().filter(t -> t.to() == stage).map(Transition::at).findFirst().orElse(null);
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
        List<ContractRow> contracts = new ArrayList<>();
        query("select id::text, project_id::text, title, kind, award_notice_on, signed_on, filed_on, amount,"
                + " implementation_months, warranty_months, ip_ownership, data_ownership, confidentiality,"
                + " acceptance_criteria, ip_breach_liability, credit_code_check_valid, supplier_credit_code, recorded_at,"
                + " ip_owner"
                + " from contract order by recorded_at, id", rs -> {
            Set<ContractClause> clauses = EnumSet.noneOf(ContractClause.class);
            if (rs.getBoolean(11)) clauses.add(ContractClause.IP_OWNERSHIP);
            if (rs.getBoolean(12)) clauses.add(ContractClause.DATA_OWNERSHIP);
            if (rs.getBoolean(13)) clauses.add(ContractClause.CONFIDENTIALITY);
            if (rs.getBoolean(14)) clauses.add(ContractClause.ACCEPTANCE_CRITERIA);
            if (rs.getBoolean(15)) clauses.add(ContractClause.IP_BREACH_LIABILITY);
            contracts.add(new ContractRow(rs.getString(2), new ContractFacts(rs.getString(1), rs.getString(3),
                    ContractKind.valueOf(rs.getString(4)), date(rs.getDate(5)), date(rs.getDate(6)), date(rs.getDate(7)),
                    rs.getBigDecimal(8), (Integer) rs.getObject(9), (Integer) rs.getObject(10), clauses, rs.getBoolean(16),
                    Set.of(), rs.getString(19) == null ? null : IpOwner.valueOf(rs.getString(19))), rs.getString(17),
                    instant(rs.getTimestamp(18))));
        });
        List<ContractDocument> contractDocuments = new ArrayList<>();
        query("select project_id::text, contract_id::text, type, uploaded_at from document where contract_id is not null",
                rs -> contractDocuments.add(new ContractDocument(rs.getString(1), rs.getString(2),
                        DocumentType.valueOf(rs.getString(3)), instant(rs.getTimestamp(4)))));
        List<Completion> completions = new ArrayList<>();
        query("select project_id::text, on_date, recorded_at from acceptance_step where kind = 'COMPLETED'", rs ->
                completions.add(new Completion(rs.getString(1), date(rs.getDate(2)), instant(rs.getTimestamp(3)))));
        List<PerformanceReport> performance = new ArrayList<>();
        query("select project_id::text, year, min(reported_on), min(recorded_at) from construction_report"
                + " where kind = 'PERFORMANCE' group by project_id, year", rs -> performance.add(new PerformanceReport(
                        rs.getString(1), rs.getInt(2), date(rs.getDate(3)), instant(rs.getTimestamp(4)))));
        return new Records(reviews, approvals, documents, facts, plans, contracts, contractDocuments, completions,
                performance);
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

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
