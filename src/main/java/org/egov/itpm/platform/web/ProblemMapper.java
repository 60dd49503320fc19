package org.egov.itpm.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.DatabaseFailures;
import org.egov.itpm.common.DomainException;
import org.egov.itpm.common.ErrorCode;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.Language;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.common.Text;
import org.egov.itpm.common.LogEvent;
import org.egov.itpm.common.UnavailableException;
import org.egov.itpm.platform.TraceIds;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every REST error as RFC 7807 application/problem+json with a stable code; never a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE_BASE = "https://egov-itpm.example/problems/";

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers, UriInfo uri) {
        LOG.debugf("%s %s: %s", LogEvent.CLIENT_ERROR, e.code(), e.text().en());
        List<Object> reasons = e instanceof RuleViolationException r ? List.copyOf(r.reasons()) : null;
        List<Object> errors = e.fieldErrors().isEmpty() ? null : List.copyOf(e.fieldErrors());
        Response response = build(e.status(), e.code(), e.text(), headers, uri, errors, reasons,
                e.status() >= 500 ? TraceIds.current() : null);
        if (e instanceof UnavailableException unavailable) {
            return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds())
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response optimisticLock(jakarta.persistence.OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return domain(org.egov.itpm.common.ConflictException.concurrentModification("the record"), headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(build(401, ErrorCode.UNAUTHENTICATED.name(), textFor(401), headers, uri, null,
                        null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return build(403, ErrorCode.FORBIDDEN.name(), textFor(403), headers, uri, null, null, null);
    }

    /** Quarkus REST maps a mismatched JSON value itself with an uncoded body; ours names the field and codes it. */
    /** {@code @Size} on a body field or a parameter: TOO_LONG / TOO_MANY_ITEMS, as every other invalid field. */
    @ServerExceptionMapper
    public Response violation(jakarta.validation.ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        return domain(org.egov.itpm.common.Violations.toInvalidInput(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response mismatch(com.fasterxml.jackson.databind.exc.MismatchedInputException e, HttpHeaders headers,
                             UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        List<Object> errors = null;
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            // A value of the wrong type (text for a number, an object for a string): name the field.
            String field = String.join(".", m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : String.valueOf(r.getIndex())).toList());
            if (m.getCause() instanceof org.egov.itpm.common.InvalidInputException bad) {
                // a value the reader refused for what it holds (JsonTextGuard): the field's own error, at its path
                return domain(new org.egov.itpm.common.InvalidInputException(bad.fieldErrors().stream()
                        .map(f -> new FieldError(field, f.code(), f.message())).toList()), headers, uri);
            }
            errors = List.of(new FieldError(field, "INVALID_FORMAT", ErrorCode.INVALID_FORMAT.title()));
        }
        return build(400, ErrorCode.MALFORMED_JSON.name(), ErrorCode.MALFORMED_JSON.title(), headers, uri, errors,
                null, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return json(json, headers, uri);
        }
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        return build(status, codeFor(status).name(), textFor(status), headers, uri, null, null, null);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        DomainException known = DatabaseFailures.translate(e);
        if (known != null) {
            // an unavailable database is an incident (WARN, no stack); a lost race is the client's (DEBUG)
            boolean incident = known instanceof UnavailableException;
            LOG.logf(incident ? Logger.Level.WARN : Logger.Level.DEBUG, "%s %s: %s",
                    incident ? LogEvent.SERVICE_UNAVAILABLE : LogEvent.CLIENT_ERROR, known.code(), e);
            return domain(known, headers, uri);
        }
        String errorId = TraceIds.current();
        LOG.errorf(e, "%s errorId=%s", LogEvent.INTERNAL_ERROR, errorId);
        return build(500, ErrorCode.INTERNAL_ERROR.name(), ErrorCode.INTERNAL_ERROR.title(), headers, uri, null, null,
                errorId);
    }

    /** The catalogue's code for an HTTP status the REST layer answered by itself (404 of an unknown path …). */
    static ErrorCode codeFor(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 409 -> ErrorCode.CONFLICT;
            case 412 -> ErrorCode.PRECONDITION_FAILED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> ErrorCode.BAD_REQUEST;
        };
    }

    static Text textFor(int status) {
        return codeFor(status).title();
    }

    /**
     * The problem body. {@code title} is the catalogue's base text of the code, {@code detail} this case's message;
     * {@code retryable} comes from the catalogue, {@code errorId} (5xx only) is the request's trace id.
     */
    private static Response build(int status, String code, Text text, HttpHeaders headers, UriInfo uri,
                                  List<Object> errors, List<Object> reasons, String errorId) {
        Language language = Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        ErrorCode catalogued = ErrorCode.find(code).orElse(null);
        String title = catalogued == null ? text.en() : catalogued.title().en();
        Boolean retryable = catalogued != null && catalogued.retryable() ? Boolean.TRUE : null;
        Problem problem = new Problem(TYPE_BASE + code.toLowerCase().replace('_', '-'), title, status,
                text.in(language), uri.getPath(), code, Map.of("en", text.en(), "zh", text.zh()), errors, reasons,
                retryable, errorId);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
