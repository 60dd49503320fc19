package org.egov.itpm.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Turns database failures that are not bugs into the coded errors both APIs answer: the database being unreachable
 * or restarting ({@code DATABASE_UNAVAILABLE}, 503, retryable), a statement stopped by its time limit or a
 * transaction rolled back by its timeout ({@code REQUEST_TIMEOUT}, 503, retryable) and a unique key another request
 * inserted first ({@code CONCURRENT_DUPLICATE}, 409). The transaction was rolled back in each case: nothing was half-written.
 */
public final class DatabaseFailures {

    /** PostgreSQL SQLStates: admin_shutdown, crash_shutdown, cannot_connect_now, idle_in_transaction timeout. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "25P03");
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String QUERY_CANCELED = "57014";
    private static final String CHECK_VIOLATION = "23514";
    /** V90's length checks are named {@code <table>_<column>_len}. */
    private static final java.util.regex.Pattern LENGTH_CHECK =
            java.util.regex.Pattern.compile("\"(\\w+?)_len\"");
    private static final String NARAYANA_NOT_ACTIVE = "ARJUNA016102";

    private DatabaseFailures() {
    }

    /** The coded error for {@code failure}, or null when it is none of these (a bug: INTERNAL_ERROR). */
    public static DomainException translate(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (isUnavailable(t)) {
                return UnavailableException.database();
            }
            if (t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return UnavailableException.timeout();
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return concurrentDuplicate();
            }
            if (t instanceof SQLException sql && CHECK_VIOLATION.equals(sql.getSQLState()) && sql.getMessage() != null) {
                var m = LENGTH_CHECK.matcher(sql.getMessage());
                if (m.find()) {
                    // the database's backstop of a limit the service should have checked first (TextLimits)
                    return InvalidInputException.of(m.group(1), "TOO_LONG", "is longer than the database accepts",
                            "超过数据库允许的长度");
                }
            }
        }
        return transactionTimedOut(failure) ? UnavailableException.timeout() : null;
    }

    /**
     * The failure, its causes and what they suppressed: a commit that fails when the database dies reports the
     * driver's error as a suppressed XAException of the transaction manager's exception, not as its cause.
     */
    private static java.util.List<Throwable> chain(Throwable failure) {
        java.util.List<Throwable> out = new java.util.ArrayList<>();
        if (failure == null) {
            return out; // a log record without a throwable (ExpectedErrorLogFilter asks for every record)
        }
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(failure);
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty() && out.size() < 64) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            out.add(t);
            todo.add(t.getCause() == null ? t : t.getCause());
            java.util.Collections.addAll(todo, t.getSuppressed());
        }
        return out;
    }

    /**
     * The transaction outlived its timeout (ITPM_TRANSACTION_TIMEOUT): Narayana's reaper rolled it back and the commit
     * then fails with ARJUNA016102 "not active". Checked only after the SQL states, so a commit that failed for a
     * coded database reason keeps that reason.
     */
    private static boolean transactionTimedOut(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof jakarta.transaction.RollbackException && t.getMessage() != null
                    && t.getMessage().contains(NARAYANA_NOT_ACTIVE)) {
                return true;
            }
        }
        return false;
    }

    public static ConflictException concurrentDuplicate() {
        return new ConflictException(ErrorCode.CONCURRENT_DUPLICATE.name(), ErrorCode.CONCURRENT_DUPLICATE.title());
    }

    private static boolean isUnavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                return true;
            }
            // Agroal's pool: no connection became free (or could be opened) within the acquisition timeout
            return state == null && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
        }
        return false;
    }
}
