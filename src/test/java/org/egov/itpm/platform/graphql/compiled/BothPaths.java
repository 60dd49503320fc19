package org.egov.itpm.platform.graphql.compiled;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.egov.itpm.testsupport.TestTokens;

/**
 * Runs reads on both GraphQL paths of one service (ADR 0016): the compiled path and the resolver path, switched at
 * run time, so suites assert their rules on each without a second application start.
 */
public final class BothPaths {

    private BothPaths() {
    }

    /** Runs {@code reads} with the compiled path on (as configured by default), then again on the resolver path. */
    public static void onEach(Runnable reads) {
        reads.run();
        onResolverPath(reads);
    }

    /** Runs {@code reads} with the compiled path switched off. */
    public static void onResolverPath(Runnable reads) {
        CompiledReadRoute route = Arc.container().instance(CompiledReadRoute.class).get();
        route.enable(false);
        try {
            reads.run();
        } finally {
            route.enable(true);
        }
    }

    /** Whether the compiled path served a request {@code request} sent. */
    public static boolean servedCompiled(Runnable request) {
        double before = compiledCount();
        request.run();
        return compiledCount() > before;
    }

    /** Runs the query on both paths as {@code p}; asserts byte-identical answers and which path served it. */
    static String same(TestTokens.Person p, String query, Map<String, Object> variables, boolean compiled) {
        Response[] resolver = new Response[1];
        onResolverPath(() -> resolver[0] = post(p, query, variables));
        double before = compiledCount();
        Response candidate = post(p, query, variables);
        boolean servedCompiled = compiledCount() > before;
        String body = resolver[0].asString();
        assertThat(candidate.asString()).as("%s as %s %s", query, p.username(), variables).isEqualTo(body);
        assertThat(candidate.asByteArray()).as("bytes of %s as %s", query, p.username())
                .isEqualTo(resolver[0].asByteArray());
        assertThat(candidate.statusCode()).isEqualTo(resolver[0].statusCode());
        assertThat(candidate.contentType()).isEqualTo(resolver[0].contentType());
        if (compiled && !body.contains("\"errors\"")) {
            assertThat(servedCompiled).as("served by the compiled path: %s as %s", query, p.username()).isTrue();
        }
        if (!compiled) {
            assertThat(servedCompiled).as("left to the resolver path: %s as %s", query, p.username()).isFalse();
        }
        return body;
    }

    /** Requests the compiled path has served so far ({@code itpm_graphql_path_total{path="compiled"}}). */
    static double compiledCount() {
        return Arc.container().instance(MeterRegistry.class).get().counter("itpm.graphql.path", "path", "compiled")
                .count();
    }

    static Response post(TestTokens.Person p, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().auth().oauth2(TestTokens.tokenFor(p)).contentType(ContentType.JSON).body(body)
                .when().post("/graphql").andReturn();
    }
}
