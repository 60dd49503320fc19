package org.egov.itpm.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.ErrorCode;
import org.egov.itpm.common.Language;
import org.egov.itpm.common.Text;

/**
 * 401 and 403 answered at the HTTP layer (no token, a bad token, a role the security layer refuses) carry the same
 * coded body as every other error: problem+json on REST, a GraphQL error on /graphql. Without this they would be
 * bare status lines, before any resource or exception mapper runs.
 */
@ApplicationScoped
public class AuthProblems {

    private static final Text UNAUTHENTICATED = ErrorCode.UNAUTHENTICATED.title();
    private static final Text FORBIDDEN = ErrorCode.FORBIDDEN.title();
    private static final Text EXPIRED = new Text("the bearer token has expired; sign in again",
            "访问令牌已过期，请重新登录");

    @Inject
    ObjectMapper json;

    /**
     * Refused before authentication, with the coded body (the security layer would answer each with a bare 401): an
     * anonymous GraphQL POST (the HTTP policy requires a token there), a token not even shaped like a signed JWT, and
     * a well-formed token whose {@code exp} has passed (it cannot pass verification whoever signed it). A token that
     * fails its signature check is refused by the OIDC layer, and coded by the failure handler of {@link #install}.
     */
    void malformedToken(RoutingContext rc) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null && graphQLPost(rc)) {
            send(rc, 401, ErrorCode.UNAUTHENTICATED.name(), UNAUTHENTICATED);
            return;
        }
        if (authorization != null && apiRequest(rc)) {
            if (!BearerTokens.wellFormed(authorization)) {
                send(rc, 401, ErrorCode.UNAUTHENTICATED.name(), UNAUTHENTICATED);
                return;
            }
            // the OIDC layer checks exp against the system clock, not the business clock (tests move that one)
            if (BearerTokens.expired(authorization, java.time.Instant.now())) {
                send(rc, 401, ErrorCode.UNAUTHENTICATED.name(), EXPIRED);
                return;
            }
        }
        rc.next();
    }

    private static boolean graphQLPost(RoutingContext rc) {
        return "/graphql".equals(rc.normalizedPath()) && rc.request().method() == HttpMethod.POST;
    }

    private static boolean apiRequest(RoutingContext rc) {
        String path = rc.normalizedPath();
        HttpMethod method = rc.request().method();
        return "/graphql".equals(path) && method == HttpMethod.POST
                || path.startsWith("/api/") && method != HttpMethod.OPTIONS;
    }

    /** Runs after CORS (a preflight carries no token) and before authentication (a bad token never reaches it). */
    void filter(@Observes Filters filters) {
        filters.register(this::malformedToken, SecurityHandlerPriorities.AUTHENTICATION + 50);
    }

    /** Failures the security layer raises (a bad or expired token, a refused role) get their coded body. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(rc -> {
            Throwable failure = rc.failure();
            while (failure != null && failure.getCause() != null
                    && !(failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                    || failure instanceof ForbiddenException)) {
                failure = failure.getCause(); // the security layer wraps its failures (CompletionException …)
            }
            if (rc.response().ended() || rc.response().headWritten()) {
                rc.next();
            } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
                send(rc, 401, ErrorCode.UNAUTHENTICATED.name(), UNAUTHENTICATED);
            } else if (failure instanceof ForbiddenException) {
                send(rc, 403, ErrorCode.FORBIDDEN.name(), FORBIDDEN);
            } else {
                rc.next();
            }
        });
    }

    /** Ends the response with the coded body for a 401 or 403 answered by the security layer. */
    void send(RoutingContext rc, int status, String code) {
        send(rc, status, code, status == 403 ? FORBIDDEN : UNAUTHENTICATED);
    }

    /** The coded body answered at the HTTP layer; title and retryable come from the catalogue (ErrorCode). */
    void send(RoutingContext rc, int status, String code, Text text) {
        Language language = Language.fromAcceptLanguage(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Map<String, String> messages = Map.of("en", text.en(), "zh", text.zh());
        Text title = ErrorCode.find(code).map(ErrorCode::title).orElse(text);
        boolean retryable = ErrorCode.find(code).map(ErrorCode::retryable).orElse(false);
        Object body;
        String type;
        if (rc.normalizedPath().startsWith("/graphql")) {
            type = "application/json";
            body = Map.of("errors", List.of(Map.of("message", text.in(language),
                    "extensions", Map.of("code", code, "status", status, "title", title.in(language),
                            "retryable", retryable, "messages", messages))));
        } else {
            type = Problem.MEDIA_TYPE;
            body = new Problem("https://egov-itpm.example/problems/" + code.toLowerCase().replace('_', '-'), title.en(),
                    status, text.in(language), rc.normalizedPath(), code, messages, null, null,
                    retryable ? Boolean.TRUE : null, null);
        }
        try {
            var response = rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type);
            if (status == 401 && !response.headers().contains("WWW-Authenticate")) {
                response.putHeader("WWW-Authenticate", "Bearer");
            }
            response.end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            rc.fail(e);
        }
    }
}
