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
import org.egov.itpm.common.Language;
import org.egov.itpm.common.Text;

/**
 * 401 and 403 answered at the HTTP layer (no token, a bad token, a role the security layer refuses) carry the same
 * coded body as every other error: problem+json on REST, a GraphQL error on /graphql. Without this they would be
 * bare status lines, before any resource or exception mapper runs.
 */
@ApplicationScoped
public class AuthProblems {

    private static final Text UNAUTHENTICATED = new Text("sign in first: send a valid bearer token",
            "请先登录：请携带有效的访问令牌");
    private static final Text FORBIDDEN = new Text("your role may not do this", "您的角色无权执行此操作");

    @Inject
    ObjectMapper json;

    /**
     * A request to the APIs with a token that is not even shaped like a signed JWT is refused before authentication
     * (the OIDC layer would answer it with a bare 401). A well-formed token that fails verification (expired, forged)
     * is refused by that layer with 401 and its RFC 6750 WWW-Authenticate header, without a body.
     */
    void malformedToken(RoutingContext rc) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && apiRequest(rc) && !BearerTokens.wellFormed(authorization)) {
            send(rc, 401, "UNAUTHENTICATED", UNAUTHENTICATED);
            return;
        }
        if (authorization == null && "/graphql".equals(rc.normalizedPath()) && rc.request().method() == HttpMethod.POST) {
            // the HTTP policy would refuse it with a bare 401 (no body): the same answer, coded
            send(rc, 401, "UNAUTHENTICATED", UNAUTHENTICATED);
            return;
        }
        rc.next();
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
                send(rc, 401, "UNAUTHENTICATED", UNAUTHENTICATED);
            } else if (failure instanceof ForbiddenException) {
                send(rc, 403, "FORBIDDEN", FORBIDDEN);
            } else {
                rc.next();
            }
        });
    }

    /** Ends the response with the coded body for a 401 or 403 answered by the security layer. */
    void send(RoutingContext rc, int status, String code) {
        send(rc, status, code, status == 403 ? FORBIDDEN : UNAUTHENTICATED);
    }

    void send(RoutingContext rc, int status, String code, Text text) {
        Language language = Language.fromAcceptLanguage(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Map<String, String> messages = Map.of("en", text.en(), "zh", text.zh());
        Object body;
        String type;
        if (rc.normalizedPath().startsWith("/graphql")) {
            type = "application/json";
            body = Map.of("errors", List.of(Map.of("message", text.in(language),
                    "extensions", Map.of("code", code, "status", status, "messages", messages))));
        } else {
            type = Problem.MEDIA_TYPE;
            body = new Problem("https://egov-itpm.example/problems/" + code.toLowerCase().replace('_', '-'), text.en(),
                    status, text.in(language), rc.normalizedPath(), code, messages, null, null, null);
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
