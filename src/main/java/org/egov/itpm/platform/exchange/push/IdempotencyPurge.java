package org.egov.itpm.platform.exchange.push;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.OptionalInt;
import org.jboss.logging.Logger;
import org.egov.itpm.common.LogEvent;

/**
 * Deletes expired Idempotency-Keys on a schedule. Every replica schedules it; a transaction-level advisory lock
 * lets one run at a time and the others skip (the delete is harmless to repeat, the lock only saves the work).
 */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);
    // Arbitrary but fixed: the advisory lock id every replica uses for this purge.
    private static final long LOCK_ID = 0x1D_E4_0C_A7L;

    private final EntityManager em;
    private final IdempotencyService keys;

    @Inject
    public IdempotencyPurge(EntityManager em, IdempotencyService keys) {
        this.em = em;
        this.keys = keys;
    }

    // Hourly housekeeping: its first run waits until the service has answered its first requests (ADR 0017).
    @Scheduled(identity = "idempotency-key-purge", every = "{itpm.exchange.idempotency-purge}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Purges now unless another replica is purging; returns how many keys went, or empty when skipped. */
    public OptionalInt run() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:id)")
                    .setParameter("id", LOCK_ID).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return OptionalInt.empty();
            }
            int purged = keys.purgeExpired();
            LOG.debugf("%s idempotency keys purged: %d", LogEvent.IDEMPOTENCY_KEYS_PURGED, purged);
            return OptionalInt.of(purged);
        });
    }
}
