package org.egov.itpm.platform.exchange;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.egov.itpm.common.ConflictException;
import org.jboss.logging.Logger;
import org.egov.itpm.common.LogEvent;

/**
 * Runs a unit of work in its own transaction and runs it again when it lost a race: a unique-constraint
 * violation (two pushes inserted the same natural key) or an optimistic-lock failure. The second run sees the
 * winner's row and turns into a no-op or a clear conflict.
 */
public final class Retries {

    private static final Logger LOG = Logger.getLogger(Retries.class);
    private static final int ATTEMPTS = 4;

    private Retries() {
    }

    public static <T> T inNewTransaction(String what, Supplier<T> work) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (RuntimeException e) {
                RuntimeException cause = unwrap(e);
                if (!isRace(cause)) {
                    throw cause;
                }
                LOG.debugf("%s %s lost a race (attempt %d): %s", LogEvent.RACE_LOST, what, attempt, cause);
                last = cause;
            }
        }
        LOG.debugf(last, "%s %s kept losing races", LogEvent.RACE_RETRIES_EXHAUSTED, what);
        throw ConflictException.concurrentModification(what);
    }

    static RuntimeException unwrap(RuntimeException e) {
        if (e instanceof QuarkusTransactionException && e.getCause() instanceof RuntimeException inner) {
            return inner;
        }
        return e;
    }

    static boolean isRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
