package org.egov.itpm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.egov.itpm.ledger.LedgerFiles.mutate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.egov.itpm.ledger.export.LedgerExport;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.ledger.job.LedgerJob;
import org.egov.itpm.testsupport.CapturedLogs;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.RecentSpans;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/**
 * A job that fails unexpectedly shows its requester the errorId the rest of the service uses: the job run's trace
 * id, which is the traceId of the run's log lines (the ITPM-E081 line with the stack) and of its spans (ADR 0009).
 */
@QuarkusTest
class LedgerJobErrorIdTest {

    @Inject
    JobRunner runner;
    @Inject
    RecentSpans spans;
    @Inject
    EntityManager em;

    @Test
    void shouldGiveAFailedJobTheTraceIdOfItsRunAsErrorId() {
        QuarkusMock.installMockForType(new LedgerExport(null, null, null, null, null) {
            @Override
            public Outcome run(LedgerJob job, Progress progress) {
                throw new IllegalStateException("a bug in the export");
            }
        }, LedgerExport.class);
        String id = mutate(TestTokens.QUFU_STAFF, "mutation { startLedgerExport { id } }", Map.of())
                .getString("data.startLedgerExport.id");
        try (CapturedLogs logs = CapturedLogs.from(Level.SEVERE)) {
            runner.runAvailable("test-worker");

            JsonPath job = GraphQL.postAs(TestTokens.QUFU_STAFF, "query($id: ID!) { ledgerJob(id: $id) { state"
                    + " errors { code errorId messageEn messageZh } } }", Map.of("id", id)).extract().jsonPath()
                    .setRootPath("data.ledgerJob");
            assertThat(job.getString("state")).isEqualTo("FAILED");
            assertThat(job.getString("errors[0].code")).isEqualTo("LEDGER_JOB_ERROR");
            String errorId = job.getString("errors[0].errorId");
            assertThat(errorId).matches("[0-9a-f]{32}");
            assertThat(job.getString("errors[0].messageEn")).contains(errorId);
            assertThat(job.getString("errors[0].messageZh")).contains(errorId);

            assertThat(logs.lines()).anySatisfy(line -> {
                assertThat(line.message()).startsWith("ITPM-E081 LEDGER_JOB_FAILED").contains(id)
                        .contains("errorId=" + errorId);
                assertThat(line.traceId()).as("the traceId of the run's log line").isEqualTo(errorId);
            });
        }
        String errorId = GraphQL.postAs(TestTokens.QUFU_STAFF, "query($id: ID!) { ledgerJob(id: $id) { errors {"
                + " errorId } } }", Map.of("id", id)).extract().path("data.ledgerJob.errors[0].errorId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(spans.ofTrace(errorId))
                .as("the run's spans: the job and its statements").anySatisfy(span -> {
                    assertThat(span.getName()).isEqualTo("ledger job LEDGER_EXPORT");
                    assertThat(span.getAttributes().asMap().toString()).contains(id);
                }));
    }

    @Test
    void shouldGiveACodedFailureNoErrorId() {
        String id = mutate(TestTokens.QUFU_STAFF, "mutation($p: ID!) { startDossierExport(projectId: $p) { id } }",
                Map.of("p", Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER,
                        "错误编号档案", "1.00", "CONSTRUCTION", "FISCAL").projectId))
                .getString("data.startDossierExport.id");
        // the requester lost the unit role before the job ran: a coded failure (the project is out of scope)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update ledger_job set requester ="
                + " jsonb_set(requester, '{roles}', '[\"expert\"]') where id = cast(?1 as uuid)").setParameter(1, id)
                .executeUpdate());
        runner.runAvailable("test-worker");
        JsonPath job = GraphQL.postAs(TestTokens.QUFU_STAFF, "query($id: ID!) { ledgerJob(id: $id) { state"
                + " errors { code errorId } } }", Map.of("id", id)).extract().jsonPath().setRootPath("data.ledgerJob");
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("errors[0].code")).isEqualTo("NOT_FOUND");
        assertThat(job.getString("errors[0].errorId")).as("a coded failure is not an incident").isNull();
    }
}
