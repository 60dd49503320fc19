package org.egov.itpm.platform.graphql.compiled;

import org.egov.itpm.common.LogEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.egov.itpm.common.ItpmConfig;

/**
 * In front of SmallRye's GraphQL handler on POST /graphql (after authentication and {@code GraphQLEnvelope}): a query
 * the compiled read path can answer is answered here with PostgreSQL's JSON; every other request goes on unchanged.
 * Counts which path served each request ({@code itpm_graphql_path_total{path}}).
 */
@ApplicationScoped
public class CompiledReadRoute {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CompiledReadRoute.class);
    /** What SmallRye's handler answers when the client accepts anything; other Accept headers go to it. */
    private static final String RESOLVER_PATH_CONTENT_TYPE = "application/graphql-response+json; charset=UTF-8";

    @Inject
    CompiledReadPath path;
    @Inject
    ObjectMapper json;
    @Inject
    MeterRegistry registry;

    volatile boolean enabled;
    private Counter compiled;
    private Counter resolver;

    @Inject
    void configure(ItpmConfig config) {
        enabled = config.graphql().compiled().enabled();
    }

    /** Switches the compiled path at run time (the differential test runs both paths on one service). */
    void enable(boolean on) {
        enabled = on;
    }

    void install(@Observes Router router) {
        compiled = Counter.builder("itpm.graphql.path").tag("path", "compiled")
                .description("GraphQL requests by the path that served them (ADR 0016)").register(registry);
        resolver = Counter.builder("itpm.graphql.path").tag("path", "resolver")
                .description("GraphQL requests by the path that served them (ADR 0016)").register(registry);
        router.route(HttpMethod.POST, "/graphql").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 2)
                .handler(this::handle);
    }

    void handle(RoutingContext rc) {
        String contentType = rc.request().getHeader("Content-Type");
        String accept = rc.request().getHeader("Accept");
        if (!enabled || contentType == null || !contentType.toLowerCase().startsWith("application/json")
                || !(accept == null || accept.isBlank() || accept.startsWith("*/*"))
                || !(rc.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()
                || rc.body() == null) {
            toResolver(rc);
            return;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        String body = rc.body().asString();
        rc.vertx().<Optional<Buffer>>executeBlocking(() -> answer(body, identity), false).onComplete(done -> {
            if (done.succeeded() && done.result().isPresent()) {
                compiled.increment();
                rc.response().setStatusCode(200).putHeader("Content-Type", RESOLVER_PATH_CONTENT_TYPE)
                        .end(done.result().get());
            } else {
                if (done.failed()) {
                    LOG.debugf(done.cause(), "%s compiled read path failed; the resolver path answers", LogEvent.COMPILED_READ_FALLBACK);
                }
                toResolver(rc);
            }
        });
    }

    private void toResolver(RoutingContext rc) {
        resolver.increment();
        rc.next();
    }

    private Optional<Buffer> answer(String body, SecurityIdentity identity) throws Exception {
        JsonNode request = json.readTree(body);
        if (request == null || !request.path("query").isTextual()) {
            return Optional.empty();
        }
        JsonNode operationName = request.get("operationName");
        JsonNode variables = request.get("variables");
        @SuppressWarnings("unchecked")
        Map<String, Object> values = variables == null || variables.isNull() ? Map.of()
                : json.convertValue(variables, Map.class);
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(identity);
            return path.answer(request.get("query").asText(),
                    operationName == null || operationName.isNull() ? null : operationName.asText(), values,
                    identity.getRoles());
        } finally {
            requestContext.terminate();
        }
    }
}
