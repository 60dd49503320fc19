package org.egov.itpm.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.egov.itpm.platform.graphql.compiled.BothPaths;
import org.egov.itpm.testsupport.DemoOrgs;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue #19 (d): an expert on 70,000 panels and a supervisor on 70,000 engagements list their projects on both read
 * paths and act on one of them; the scope is a condition inside the statement, never a list of the person's
 * projects, so the statements of a request do not grow with the person's seats (PostgreSQL takes at most 65,535
 * bind parameters: an id list of 70,000 was an INTERNAL_ERROR).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngagementScopeAtScaleTest {

    static final int MANY = 70_000;
    static final Person BUSY_EXPERT = new Person("expert-busy", List.of("expert"), null, "370881");
    static final Person ONE_SEAT_EXPERT = new Person("expert-one-seat", List.of("expert"), null, "370881");
    static final Person BUSY_SUPERVISOR = new Person("supervisor-busy", List.of("supervisor"), null, "370881");
    static final String LIST = "{ projects(first: 5) { totalCount edges { node { id localCode } } } }";

    @Inject
    DataSource dataSource;
    @Inject
    EntityManagerFactory emf;

    /** One script, foreign keys unchecked row by row (the rows are consistent by construction): a few seconds. */
    @BeforeAll
    void seventyThousandSeatsAndEngagements() throws Exception {
        sql("""
                set session_replication_role = replica;
                insert into project (id, local_code, name, owner_org_id, region_code, kind, funding_source, plan_year,
                    estimated_investment, stage, applied_on, created_by, created_at, updated_at)
                select gen_random_uuid(), 'SCALE-' || g, '规模-' || g, o.id, '370881', 'CONSTRUCTION', 'FISCAL', 2026,
                    100, 'IN_REVIEW', date '2026-01-05', 'seed', now(), now()
                from generate_series(1, %d) g, organisation o where o.credit_code = '%s';
                insert into review (id, project_id, type, round, status, opened_by, opened_at)
                select gen_random_uuid(), p.id, 'DEMAND_REVIEW', 1, 'OPEN', 'seed', now() from project p
                where p.local_code like 'SCALE-%%';
                insert into review_panel_member (review_id, username, display_name, state, seat_no)
                select r.id, 'expert-busy', '忙专家', 'APPOINTED', 1 from review r join project p on p.id = r.project_id
                where p.local_code like 'SCALE-%%';
                insert into review_panel_member (review_id, username, display_name, state, seat_no)
                select r.id, 'expert-one-seat', '一席专家', 'APPOINTED', 2 from review r join project p on p.id = r.project_id
                where p.local_code = 'SCALE-1';
                insert into engagement (id, project_id, kind, username, valid_from, recorded_by, recorded_at)
                select gen_random_uuid(), p.id, 'SUPERVISION', 'supervisor-busy', date '2026-01-05', 'seed', now()
                from project p where p.local_code like 'SCALE-%%';
                set session_replication_role = origin;
                analyze project; analyze review; analyze review_panel_member; analyze engagement""".formatted(MANY,
                DemoOrgs.QUFU_EDU));
    }

    /** The other suites share this database: the rows go again, without a foreign-key check per row. */
    @AfterAll
    void removeThem() throws Exception {
        String scaled = "(select id from project where local_code like 'SCALE-%')";
        String reviews = "(select id from review where project_id in " + scaled + ")";
        sql("set session_replication_role = replica; set statement_timeout = 0;"
                + " delete from expert_opinion where review_id in " + reviews + ";"
                + " delete from review_panel_member where review_id in " + reviews + ";"
                + " delete from review where project_id in " + scaled + ";"
                + " delete from engagement where project_id in " + scaled + ";"
                + " delete from project where local_code like 'SCALE-%'; set session_replication_role = origin; reset statement_timeout");
    }

    @Test
    void anExpertOnSeventyThousandPanelsListsItsProjectsOnBothPaths() {
        BothPaths.onEach(() -> GraphQL.postAs(BUSY_EXPERT, LIST, Map.of()).body("errors", nullValue())
                .body("data.projects.totalCount", equalTo(MANY)).body("data.projects.edges", hasSize(5)));
    }

    @Test
    void aSupervisorOnSeventyThousandEngagementsListsItsProjectsOnBothPaths() {
        BothPaths.onEach(() -> GraphQL.postAs(BUSY_SUPERVISOR, LIST, Map.of()).body("errors", nullValue())
                .body("data.projects.totalCount", equalTo(MANY)).body("data.projects.edges", hasSize(5)));
    }

    @Test
    void anExpertOnSeventyThousandPanelsSignsItsOpinion() {
        String reviewId = GraphQL.postAs(BUSY_EXPERT, "{ projects(first: 1, filter: {nameContains: \"规模-77\"})"
                + " { edges { node { reviews { id } } } } }", Map.of()).body("errors", nullValue())
                .extract().path("data.projects.edges[0].node.reviews[0].id");
        GraphQL.postAs(BUSY_EXPERT, "mutation($r: ID!) { addExpertOpinion(reviewId: $r, conclusion: APPROVE,"
                + " text: \"同意\") { expert } }", Map.of("r", reviewId)).body("errors", nullValue())
                .body("data.addExpertOpinion.expert", equalTo("expert-busy"));
    }

    @Test
    void theStatementsOfARequestDoNotGrowWithThePersonsSeats() {
        BothPaths.onResolverPath(() -> assertThat(statementsFor(BUSY_EXPERT))
                .as("resolver path: statements for 70,000 seats vs 1").isEqualTo(statementsFor(ONE_SEAT_EXPERT)));
        assertThat(statementsFor(BUSY_EXPERT)).as("compiled path: the scope is inside its one statement").isZero();
        assertThat(BothPaths.servedCompiled(() -> statementsFor(BUSY_EXPERT))).isTrue();
    }

    private long statementsFor(Person person) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        GraphQL.postAs(person, LIST, Map.of()).body("errors", nullValue()); // warms shared caches
        stats.clear();
        GraphQL.postAs(person, LIST, Map.of()).body("errors", nullValue());
        return stats.getPrepareStatementCount();
    }

    private void sql(String statement) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
