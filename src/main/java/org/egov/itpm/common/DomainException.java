package org.egov.itpm.common;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Every error a client may see. The HTTP status and the stable code are fixed per instance; the message is
 * bilingual. REST renders it as RFC 7807 problem+json, GraphQL as {@code extensions.code}.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, ConflictException, RuleViolationException, InvalidInputException,
        ForbiddenActionException, UnavailableException {

    private static final Logger LOG = Logger.getLogger(DomainException.class);
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private final String code;
    private final Text text;

    protected DomainException(String code, Text text) {
        super(text.en());
        this.code = code;
        this.text = text;
        // ErrorCatalogueTest catches literals; this catches a code built at run time (from pack data, say)
        if (ErrorCode.find(code).isEmpty() && REPORTED.add(code)) {
            LOG.warnf("%s %s is not in common/ErrorCode", LogEvent.UNCATALOGUED_CODE, code);
        }
    }

    /** Stable, upper-snake-case code, e.g. {@code STAGE_TRANSITION_NOT_ALLOWED}. */
    public String code() {
        return code;
    }

    public Text text() {
        return text;
    }

    public abstract int status();

    /** The message in the current request's language (Accept-Language), English by default. */
    @Override
    public String getMessage() {
        return text.in(Language.current());
    }

    /** Extra structured detail (reasons, field errors) rendered in both REST and GraphQL errors. */
    public Map<String, Object> details() {
        return Map.of();
    }

    /** Field errors, if any; empty for errors not about input fields. */
    public List<FieldError> fieldErrors() {
        return List.of();
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Domain errors are expected outcomes, not bugs: no stack trace to capture or leak.
        return this;
    }
}
