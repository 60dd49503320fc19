package org.egov.itpm.platform;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.DatabaseFailures;
import org.egov.itpm.common.DomainException;
import org.egov.itpm.common.LogEvent;

/**
 * Expected outcomes (not found, refused by a rule, forbidden, a unique key another request inserted first, a malformed
 * token the security layer refused) are 4xx answers, not incidents: this filter drops their ERROR lines so ERROR
 * stays meaningful (bad client input never logs at ERROR). SmallRye's own line for a failed field (SRGQL012000) is
 * switched off (print-data-fetcher-exception); should one still come, a real failure keeps it, prefixed with its
 * event code ({@link LogEvent#GRAPHQL_FIELD_FAILED}). The one line of a GraphQL INTERNAL_ERROR is
 * DatabaseFailureFetchers'.
 */
@LoggingFilter(name = "expected-errors")
public final class ExpectedErrorLogFilter implements Filter {

    private static final String[] EXPECTED = {"org.egov.itpm.common.", "io.quarkus.security.ForbiddenException",
            "io.quarkus.security.UnauthorizedException", "io.quarkus.security.AuthenticationFailedException",
            "graphql.schema.CoercingParseLiteralException",
            "graphql.schema.CoercingParseValueException"};

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getThrown() instanceof DomainException
                || DatabaseFailures.translate(record.getThrown()) instanceof ConflictException) {
            return false;
        }
        String message = record.getMessage();
        if (message == null || !message.contains("SRGQL012000")) {
            return true;
        }
        String text = message + " " + (record.getParameters() == null ? "" : java.util.Arrays.toString(record.getParameters()))
                + " " + (record.getThrown() == null ? "" : record.getThrown().toString());
        for (String expected : EXPECTED) {
            if (text.contains(expected)) {
                return false;
            }
        }
        if (!message.startsWith("ITPM-")) {
            record.setMessage(LogEvent.GRAPHQL_FIELD_FAILED + " " + message);
        }
        return true;
    }
}
