package org.egov.itpm.common;

/**
 * The stable code of every log event the service writes, first in the message: {@code ITPM-E002 SERVICE_UNAVAILABLE
 * DATABASE_UNAVAILABLE: …}. Alerting and log searches key on these, never on the wording that follows.
 * docs/errors.md lists them (generated, ErrorCatalogueDocsTest); LogEventScanTest fails on a log call without one.
 */
public enum LogEvent {

    INTERNAL_ERROR(1, "ERROR", "an unexpected failure answered 500 INTERNAL_ERROR (REST or GraphQL); errorId = trace id, with the stack"),
    SERVICE_UNAVAILABLE(2, "WARN", "a request answered 503 (DATABASE_UNAVAILABLE, REQUEST_TIMEOUT): the database or a time limit, not the request"),
    CLIENT_ERROR(3, "DEBUG", "a request answered with a coded 4xx (bad input, refused, conflict, lost race); never above DEBUG"),
    GRAPHQL_FIELD_FAILED(4, "ERROR", "a GraphQL field failed unexpectedly (DatabaseFailureFetchers, with the field's path and the stack); its answer is INTERNAL_ERROR with this errorId"),
    UNCATALOGUED_CODE(5, "WARN", "an error carries a code missing from the catalogue (common/ErrorCode): add it"),
    RACE_LOST(10, "DEBUG", "a write lost a unique-key race and is retried"),
    RACE_RETRIES_EXHAUSTED(11, "DEBUG", "a write kept losing races; the caller gets CONCURRENT_MODIFICATION"),
    IDEMPOTENCY_KEYS_PURGED(12, "DEBUG", "expired Idempotency-Keys deleted"),
    WEBHOOK_SECRETS_SEALED(20, "INFO", "plain-text webhook secrets sealed with the current key"),
    WEBHOOK_SECRET_NOT_RESEALED(21, "WARN", "a webhook secret could not be read to re-seal it (unknown key id)"),
    DELIVERY_SKIPPED(22, "WARN", "a webhook delivery skipped: its subscription's secret cannot be read"),
    DELIVERY_PARKED(23, "WARN", "a webhook delivery PARKED after its last attempt (dead letter; redriveDelivery)"),
    DELIVERY_FAILED(24, "DEBUG", "a webhook attempt failed; retried with back-off"),
    DEMO_DATA_LOADED(30, "INFO", "a demo data script ran at start-up"),
    MAIL_FAILED(40, "WARN", "an e-mail could not be sent (error_code SMTP_REJECTED, SMTP_UNAVAILABLE, SEND_FAILED, NO_ADDRESS)"),
    PEOPLE_DIRECTORY_BACK(41, "INFO", "Keycloak answers the people directory again"),
    PEOPLE_DIRECTORY_UNAVAILABLE(42, "WARN", "the people directory (Keycloak) is unavailable; the last good copy is used"),
    REMINDER_RUN_SKIPPED(43, "INFO", "the reminder run skipped: another replica holds the lock"),
    REMINDER_RUN_DONE(44, "INFO", "the reminder run queued its reminders and digests"),
    DAILY_SCAN_ALREADY_RUN(50, "DEBUG", "the daily scan of today has already run"),
    DAILY_SCAN_SKIPPED(51, "INFO", "the daily scan skipped: another replica holds the lock"),
    DAILY_SCAN_DONE(52, "INFO", "the daily scan re-evaluated deadlines and findings"),
    EVENTS_LISTENING(60, "DEBUG", "the project event listener (LISTEN/NOTIFY) is connected"),
    EVENTS_RECONNECTING(61, "WARN", "the project event listener lost its connection and retries"),
    EVENT_UNREADABLE(62, "WARN", "an unreadable project event notification was ignored"),
    EXPERT_DIRECTORY_UNAVAILABLE(70, "WARN", "the expert directory (Keycloak) is unavailable; cached experts are used"),
    EXPERT_FIELD_UNKNOWN(71, "WARN", "an expert's Keycloak attribute expert_fields holds a value outside the vocabulary (ignored)"),
    ENGAGEABLE_PEOPLE_UNAVAILABLE(72, "WARN", "the directory of supervisors/evaluators (Keycloak) is unavailable; the last good copy is used"),
    COMPILED_READ_FALLBACK(75, "DEBUG", "a query the compiled read path could not compile or run was answered by the resolver path"),
    LEDGER_JOB_CLAIM_LOST(80, "WARN", "a ledger job's claim was taken over by another worker (stale heartbeat); this worker's result is discarded"),
    LEDGER_JOB_FAILED(81, "ERROR", "a ledger job failed unexpectedly; the job shows errorId = the run's trace id, the traceId of this line with the stack"),
    SCHEMA_NOT_MIGRATED(90, "ERROR", "a replica started against a database without this build's migrations and stopped: run the migration step (docs/deploy.md section 4)"),
    GRAPHQL_CLIENT_GONE(91, "INFO", "a GraphQL field failed after its client had closed the connection (the request's context ends with it): its transaction rolled back and nobody received the answer; not a fault of the service");

    private final String code;
    private final String level;
    private final String meaning;

    LogEvent(int number, String level, String meaning) {
        this.code = String.format("ITPM-E%03d", number);
        this.level = level;
        this.meaning = meaning;
    }

    /** {@code ITPM-E002}: stable, never reused. */
    public String code() {
        return code;
    }

    public String level() {
        return level;
    }

    public String meaning() {
        return meaning;
    }

    /** What a log message starts with: {@code ITPM-E002 SERVICE_UNAVAILABLE}. */
    @Override
    public String toString() {
        return code + " " + name();
    }
}
