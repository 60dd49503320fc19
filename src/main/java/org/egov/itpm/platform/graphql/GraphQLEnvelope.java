package org.egov.itpm.platform.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.egov.itpm.common.Language;
import org.egov.itpm.common.Text;

/**
 * Checks the envelope of a GraphQL POST (GraphQL over HTTP: a JSON object with a string {@code query}, an optional
 * string {@code operationName}, optional objects {@code variables} and {@code extensions}) before the engine's handler,
 * which answers a malformed one with HTTP 200 and an uncoded "Unparseable request". Here it is 400 INVALID_REQUEST.
 */
@ApplicationScoped
public class GraphQLEnvelope {

    static final int MAX_NESTING = 64;
    private static final String TOO_DEEP = "the query nests deeper than ";

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "25M")
    io.quarkus.runtime.configuration.MemorySize maxBody;

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/graphql").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .handler(BodyHandler.create().setBodyLimit(maxBody.asLongValue()).setHandleFileUploads(false))
                .handler(this::check);
    }

    void check(RoutingContext rc) {
        String contentType = rc.request().getHeader("Content-Type");
        if (contentType != null && contentType.toLowerCase().startsWith("application/graphql")) {
            rc.next(); // the body is the query itself
            return;
        }
        String problem = problem(rc.body() == null ? null : rc.body().asString());
        if (problem == null) {
            rc.next();
            return;
        }
        if (problem.startsWith(TOO_DEEP)) {
            refuse(rc, "QUERY_TOO_COMPLEX", new Text("Query too complex: " + problem,
                    "查询过于复杂：嵌套超过" + MAX_NESTING + "层"));
        } else {
            refuse(rc, "INVALID_REQUEST", new Text("Invalid GraphQL request: " + problem, "GraphQL请求格式无效：" + problem));
        }
    }

    private void refuse(RoutingContext rc, String code, Text text) {
        Language language = Language.fromAcceptLanguage(rc.request().getHeader("Accept-Language"));
        try {
            rc.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                    .end(json.writeValueAsString(Map.of("errors", List.of(Map.of("message", text.in(language),
                            "extensions", CodedExtensions.of(code, text))))));
        } catch (IOException e) {
            rc.fail(e);
        }
    }

    private String problem(String body) {
        if (body == null || body.isBlank()) {
            return "the body is empty; send {\"query\": \"…\"}";
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            return "the body is not valid JSON";
        }
        if (root == null || !root.isObject()) {
            return "the body must be a JSON object";
        }
        JsonNode query = root.get("query");
        if (query == null || !query.isTextual() || query.asText().isBlank()) {
            return "\"query\" must be a non-empty string";
        }
        if (nesting(query.asText()) > MAX_NESTING) {
            return TOO_DEEP + MAX_NESTING + " levels";
        }
        if (!absentOrNull(root.get("operationName")) && !root.get("operationName").isTextual()) {
            return "\"operationName\" must be a string";
        }
        if (!absentOrNull(root.get("variables")) && !root.get("variables").isObject()) {
            return "\"variables\" must be an object";
        }
        if (!absentOrNull(root.get("extensions")) && !root.get("extensions").isObject()) {
            return "\"extensions\" must be an object";
        }
        return null;
    }

    /**
     * The deepest nesting of braces, parentheses and brackets outside strings and comments. The engine's parser gives
     * up on very deep documents with an uncoded error; no valid query here nests anywhere near this deep.
     */
    public static int nesting(String query) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '#') {
                while (i < query.length() && query.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"') {
                boolean block = query.startsWith("\"\"\"", i);
                i += block ? 3 : 1;
                while (i < query.length() && !(block ? query.startsWith("\"\"\"", i) : query.charAt(i) == '"')) {
                    i += !block && query.charAt(i) == '\\' ? 2 : 1;
                }
                i += block ? 2 : 0;
            } else if (c == '{' || c == '(' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            }
        }
        return max;
    }

    private static boolean absentOrNull(JsonNode node) {
        return node == null || node.isNull();
    }
}
