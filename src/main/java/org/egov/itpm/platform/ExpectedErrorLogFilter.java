package org.egov.itpm.platform;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.DatabaseFailures;
import org.egov.itpm.common.DomainException;

/**
 * SmallRye GraphQL logs every failed field at ERROR, including expected outcomes (not found, refused by a rule,
 * forbidden, a unique key another request inserted first). Those are 4xx answers, not incidents: this filter drops them so ERROR stays meaningful; every other
 * error is logged as before.
 */
@LoggingFilter(name = "expected-errors")
public final class ExpectedErrorLogFilter implements Filter {

    private static final String[] EXPECTED = {"org.egov.itpm.common.", "io.quarkus.security.ForbiddenException",
            "io.quarkus.security.UnauthorizedException", "graphql.schema.CoercingParseLiteralException",
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
        return true;
    }
}
