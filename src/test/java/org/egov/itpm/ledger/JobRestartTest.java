package org.egov.itpm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.ledger.LedgerFiles.JOB_FIELDS;
import static org.egov.itpm.ledger.LedgerFiles.job;
import static org.egov.itpm.ledger.LedgerFiles.mutate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Jobs survive a restart: a job left RUNNING by a replica that died (its heartbeat stale) is taken over and runs
 * again from the start, exactly once; a job whose owner is alive is left alone; after max attempts it is FAILED and
 * restartable by its requester.
 */
@QuarkusTest
class JobRestartTest {

    static final String START = "mutation { startLedgerExport(filter: {nameContains: \"重启\"}) { id } }";

    @Inject
    JobRunner runner;
    @Inject
    EntityManager em;

    @Test
    void shouldCompleteOnceAJobLeftRunningByADeadReplica() {
        String id = mutate(TestTokens.QUFU_STAFF, START, Map.of()).getString("data.startLedgerExport.id");
        sql("update ledger_job set state = 'RUNNING', owner = 'replica-dead', attempts = 1, rows_done = 7,"
                + " heartbeat_at = timestamptz '2026-03-02 00:00:00+00' where id = ?1", id); // died at 08:00 Shanghai
        runner.runAvailable("replica-new");
        var done = job(TestTokens.QUFU_STAFF, id);
        assertThat(done.getString("state")).isEqualTo("DONE");
        assertThat(done.getInt("attempts")).isEqualTo(2);
        assertThat(done.getString("downloadUrl")).isNotNull();
        assertThat(runner.runAvailable("replica-other")).as("nothing left to run: it completed once").isZero();
        assertThat(job(TestTokens.QUFU_STAFF, id).getInt("attempts")).isEqualTo(2);
    }

    @Test
    void shouldLeaveAJobWhoseWorkerIsStillReporting() {
        String id = mutate(TestTokens.QUFU_STAFF, START, Map.of()).getString("data.startLedgerExport.id");
        sql("update ledger_job set state = 'RUNNING', owner = 'replica-alive', attempts = 1,"
                + " heartbeat_at = timestamptz '2026-03-02 00:59:00+00' where id = ?1", id); // a minute ago
        runner.runAvailable("replica-new");
        assertThat(job(TestTokens.QUFU_STAFF, id).getString("state")).isEqualTo("RUNNING");
        sql("update ledger_job set state = 'FAILED' where id = ?1", id);
    }

    @Test
    void shouldFailAJobInterruptedTooOftenAndLetItsRequesterRestartIt() {
        String id = mutate(TestTokens.QUFU_STAFF, START, Map.of()).getString("data.startLedgerExport.id");
        sql("update ledger_job set state = 'RUNNING', owner = 'replica-dead', attempts = 3,"
                + " heartbeat_at = timestamptz '2026-03-01 00:00:00+00' where id = ?1", id);
        runner.runAvailable("replica-new");
        var failed = job(TestTokens.QUFU_STAFF, id);
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        assertThat(failed.getString("errors[0].code")).isEqualTo("LEDGER_JOB_ATTEMPTS_EXHAUSTED");
        mutate(TestTokens.QUFU_STAFF, "mutation($id: ID!) { restartLedgerJob(id: $id) { " + JOB_FIELDS + " } }",
                Map.of("id", id));
        runner.runAvailable("replica-new");
        assertThat(job(TestTokens.QUFU_STAFF, id).getString("state")).isEqualTo("DONE");
    }

    private void sql(String statement, String id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).setParameter(1, UUID.fromString(id))
                .executeUpdate());
    }
}
