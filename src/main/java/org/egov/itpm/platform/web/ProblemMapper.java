package org.egov.itpm.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.common.DatabaseFailures;
import org.egov.itpm.common.DomainException;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.Language;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.common.Text;
import org.egov.itpm.common.UnavailableException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every REST error as RFC 7807 application/problem+json with a stable code; never a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String TYPE_BASE = "https://egov-itpm.example/problems/";

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers, UriInfo uri) {
        LOG.debugf("%s: %s", e.code(), e.text().en());
        List<Object> reasons = e instanceof RuleViolationException r ? List.copyOf(r.reasons()) : null;
        List<Object> errors = e.fieldErrors().isEmpty() ? null : List.copyOf(e.fieldErrors());
        Response response = build(e.status(), e.code(), e.text(), headers, uri, errors, reasons, null);
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
        return Response.fromResponse(build(401, "UNAUTHENTICATED", textFor(401), headers, uri, null, null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return build(403, "FORBIDDEN", textFor(403), headers, uri, null, null, null);
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
            errors = List.of(new FieldError(field, "INVALID_FORMAT", new Text("has the wrong type or format",
                    "类型或格式不正确")));
        }
        return build(400, "MALFORMED_JSON", new Text("the request body is not valid JSON for this operation",
                "请求体不是本操作可接受的JSON"), headers, uri, errors, null, null);
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
        return build(status, codeFor(status), textFor(status), headers, uri, null, null, null);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        DomainException known = DatabaseFailures.translate(e);
        if (known != null) {
            // an unavailable database is an incident (WARN, no stack); a lost race is the client's (DEBUG)
            LOG.logf(known instanceof UnavailableException ? Logger.Level.WARN : Logger.Level.DEBUG, "%s: %s",
                    known.code(), e);
            return domain(known, headers, uri);
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error %s", errorId);
        return build(500, "INTERNAL_ERROR", new Text("internal error, id " + errorId, "服务内部错误，编号 " + errorId),
                headers, uri, null, null, errorId);
    }

    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 412 -> "PRECONDITION_FAILED";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "HTTP_" + status;
        };
    }

    static Text textFor(int status) {
        return switch (status) {
            case 401 -> new Text("sign in first", "请先登录");
            case 403 -> new Text("your role may not do this", "您的角色无权执行此操作");
            case 404 -> new Text("not found", "未找到");
            case 413 -> new Text("the request body is too large", "请求体过大");
            case 415 -> new Text("unsupported media type", "不支持的媒体类型");
            default -> new Text("the request cannot be processed (HTTP " + status + ")",
                    "请求无法处理（HTTP " + status + "）");
        };
    }

    private static Response build(int status, String code, Text text, HttpHeaders headers, UriInfo uri,
                                  List<Object> errors, List<Object> reasons, String errorId) {
        Language language = Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = new Problem(TYPE_BASE + code.toLowerCase().replace('_', '-'), text.en(), status,
                text.in(language), uri.getPath(), code, Map.of("en", text.en(), "zh", text.zh()), errors, reasons,
                errorId);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
