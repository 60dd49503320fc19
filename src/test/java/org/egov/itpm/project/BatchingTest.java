package org.egov.itpm.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import javax.sql.DataSource;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No N+1: the SQL statements of the nested list query do not grow with the page size. */
@QuarkusTest
class BatchingTest {

    static final String NESTED = """
            query($n: Int) {
              projects(first: $n, filter: {nameContains: "批处理"}) {
                totalCount
                edges { node {
                  name owner { name } participants { name } phases { name }
                  history { to actor } reviews { type opinions { expert } change { seq } } approvals { kind }
                  documents { type } declarations { value } fundingEntries { year }
                  nextSteps { code citation { text } } deadlines { ruleCode } currentFindings { code }
                  contracts { kind } responsibilityLetter { filedOn } constructionReports { kind }
                  changeRequests { outcome reasons { code } reviews { round opinions { expert } change { seq } }
                    approval { kind } } acceptance { status steps { kind } }
                  acceptanceChecklist { document } evaluations { kind } omFundingEligibility { eligible }
                } }
              }
            }""";

    @Inject
    DataSource dataSource;
    @Inject
    EntityManagerFactory emf;

    @BeforeEach
    void seedFiftyProjects() throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            var rs = s.executeQuery("select count(*) from project where name like '批处理%'");
            rs.next();
            if (rs.getInt(1) >= 50) {
                return;
            }
            s.execute("""
                    insert into project (id, local_code, name, owner_org_id, region_code, kind, funding_source,
                        plan_year, estimated_investment, stage, created_by, created_at, updated_at)
                    select gen_random_uuid(), 'BATCH-' || g, '批处理项目' || g, o.id, '370881', 'CONSTRUCTION', 'FISCAL',
                        2026, 1000000 + g, 'IN_REVIEW', 'seed', now(), now()
                    from generate_series(1, 50) g, organisation o where o.credit_code = '11370881004123456F'""");
            s.execute("""
                    insert into stage_transition (id, project_id, seq, from_stage, to_stage, actor, at, effective_on)
                    select gen_random_uuid(), p.id, 1, null, 'DRAFT', 'seed', now(), current_date from project p
                    where p.name like '批处理%'""");
            s.execute("""
                    insert into review (id, project_id, type, round, status, opened_by, opened_at)
                    select gen_random_uuid(), p.id, 'DEMAND_REVIEW', 1, 'OPEN', 'seed', now() from project p
                    where p.name like '批处理%'""");
            s.execute("""
                    insert into approval (id, project_id, kind, document_number, approved_on, issuing_body,
                        recorded_by, recorded_at)
                    select gen_random_uuid(), p.id, 'FEASIBILITY_STUDY', 'B-' || p.local_code, date '2026-01-05',
                        '曲阜市发展和改革局', 'seed', now() from project p where p.name like '批处理%'""");
        }
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            var rs = s.executeQuery("select count(*) from change_request c join project p on p.id = c.project_id"
                    + " where p.name like '批处理%'");
            rs.next();
            if (rs.getInt(1) > 0) {
                return;
            }
            // Each project has a re-approved change with its review round and approval (ChangeRequest.reviews,
            // ChangeRequest.approval and Review.change are batch-loaded too).
            s.execute("""
                    insert into change_request (id, project_id, seq, description, added_amount, removed_amount,
                        new_content_amount, tender_savings, approved_estimate, proposed_total, objective_unchanged,
                        major_change, reason, outcome, arithmetic, reasons, review_reason, pack_id, pack_version,
                        status, requested_by, requested_at, requested_on)
                    select gen_random_uuid(), p.id, 1, '调整', 0, 0, 0, 0, p.estimated_investment,
                        p.estimated_investment, true, true, 'OTHER', 'RE_APPROVAL', 'major change: true', '', '',
                        'qufu-2024', 1, 'APPROVED', 'seed', now(), current_date from project p
                    where p.name like '批处理%'""");
            s.execute("""
                    insert into review (id, project_id, type, round, status, opened_by, opened_at, concluded_by,
                        concluded_at, conclusion, change_request_id)
                    select gen_random_uuid(), c.project_id, 'CHANGE_REVIEW', 1, 'PASSED', 'seed', now(), 'seed', now(),
                        '同意', c.id
                    from change_request c join project p on p.id = c.project_id where p.name like '批处理%'""");
            s.execute("""
                    insert into approval (id, project_id, kind, document_number, approved_on, approved_amount,
                        issuing_body, recorded_by, recorded_at, change_request_id)
                    select gen_random_uuid(), c.project_id, 'CHANGE_APPROVAL', 'C-' || p.local_code, date '2026-02-05',
                        c.proposed_total, '曲阜市大数据中心', 'seed', now(), c.id
                    from change_request c join project p on p.id = c.project_id where p.name like '批处理%'""");
        }
    }

    @Test
    void statementCountIsTheSameForFiveAndFiftyProjects() {
        statementsFor(5); // warms caches (policy packs) that are shared across requests
        long five = statementsFor(5);
        long fifty = statementsFor(50);
        assertThat(fifty).as("SQL statements for 50 projects vs 5").isEqualTo(five);
    }

    private long statementsFor(int pageSize) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        GraphQL.postAs(TestTokens.QUFU_REVIEWER, NESTED, Map.of("n", pageSize))
                .body("errors", nullValue())
                .body("data.projects.edges", hasSize(pageSize))
                .body("data.projects.edges.node.changeRequests.flatten().reviews.flatten().change.seq",
                        everyItem(equalTo(1)))
                .body("data.projects.edges.node.changeRequests.flatten().approval.kind", hasSize(pageSize));
        return stats.getPrepareStatementCount();
    }
}
