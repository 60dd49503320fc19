package org.egov.itpm.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which database failures become coded errors, read through causes and suppressed exceptions. */
class DatabaseFailuresTest {

    @Test
    void shouldTranslateNothingForALogRecordWithoutAThrowable() {
        assertThat(DatabaseFailures.translate(null)).isNull();
    }

    @Test
    void shouldFindTheDriversErrorSuppressedUnderTheTransactionManagersException() {
        Exception rollback = new IllegalStateException("transaction rolled back");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P02"));
        rollback.addSuppressed(xa);
        assertThat(DatabaseFailures.translate(rollback)).isInstanceOf(UnavailableException.class);
    }

    @Test
    void shouldLeaveABugUncoded() {
        Exception bug = new IllegalStateException("a bug", new NullPointerException());
        bug.addSuppressed(new IllegalArgumentException("another"));
        assertThat(DatabaseFailures.translate(bug)).isNull();
    }

    @Test
    void shouldStopOnACycleOfCausesAndSuppressedExceptions() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.addSuppressed(b);
        assertThat(DatabaseFailures.translate(b)).isNull();
    }
}
