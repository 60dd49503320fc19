package org.egov.itpm.platform.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.egov.itpm.common.DatabaseFailures;
import org.egov.itpm.common.DomainException;
import org.junit.jupiter.api.Test;

/**
 * A transaction that outlives its timeout (ITPM_TRANSACTION_TIMEOUT; Narayana's reaper rolls it back) is the coded,
 * retryable REQUEST_TIMEOUT on both APIs, like a statement stopped by DB_STATEMENT_TIMEOUT, not INTERNAL_ERROR.
 */
@QuarkusTest
class TransactionTimeoutTest {

    @Inject
    SlowWork slow;

    @Test
    void aTransactionPastItsTimeoutIsARequestTimeout() {
        Throwable failure = catchThrowable(slow::pastItsTimeout);

        assertThat(failure).as("the transaction outlived its 1 s timeout").isNotNull();
        DomainException coded = DatabaseFailures.translate(failure);
        assertThat(coded).as("%s", chain(failure)).isNotNull();
        assertThat(coded.code()).isEqualTo("REQUEST_TIMEOUT");
        assertThat(coded.status()).isEqualTo(503);
    }

    private static String chain(Throwable t) {
        StringBuilder out = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            out.append(" <- ").append(c);
        }
        return out.toString();
    }

    @Test
    void aTransactionWithinItsTimeoutIsUntouched() {
        assertThat(slow.withinItsTimeout()).isEqualTo(1);
    }

    @ApplicationScoped
    static class SlowWork {

        @Inject
        EntityManager em;

        @Transactional
        @TransactionConfiguration(timeout = 1)
        public void pastItsTimeout() {
            em.createNativeQuery("select pg_sleep(1.5)").getSingleResult();
            em.createNativeQuery("select 1").getSingleResult();
        }

        @Transactional
        @TransactionConfiguration(timeout = 1)
        public int withinItsTimeout() {
            return ((Number) em.createNativeQuery("select 1").getSingleResult()).intValue();
        }
    }
}
