package org.egov.itpm.platform.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.egov.itpm.common.UnavailableException;
import org.egov.itpm.platform.graphql.ExecutionTimeLimit;
import org.junit.jupiter.api.Test;

/** A GraphQL request past its time budget stops fetching: the remaining fields fail with REQUEST_TIMEOUT at once. */
class ExecutionTimeLimitTest {

    /** The request's time source: each fetch moves it on 50 ms instead of taking 50 ms. */
    private final AtomicLong nanoTime = new AtomicLong();

    private final DataFetcher<String> slow = env -> {
        nanoTime.addAndGet(Duration.ofMillis(50).toNanos());
        return "done";
    };

    @Test
    void fieldsFetchedAfterTheBudgetFailWithRequestTimeout() {
        ExecutionResult result = graphQL(Duration.ofMillis(20)).execute("{ first second third }");

        assertThat((Object) result.getData()).hasFieldOrPropertyWithValue("first", "done");
        assertThat(result.getErrors()).hasSize(2).allSatisfy(e -> {
            assertThat(e).isInstanceOf(ExceptionWhileDataFetching.class);
            assertThat(((ExceptionWhileDataFetching) e).getException()).isInstanceOfSatisfying(
                    UnavailableException.class, u -> {
                        assertThat(u.code()).isEqualTo("REQUEST_TIMEOUT");
                        assertThat(u.status()).isEqualTo(503);
                    });
        });
    }

    @Test
    void aRequestWithinItsBudgetIsUntouched() {
        ExecutionResult result = graphQL(Duration.ofSeconds(20)).execute("{ first second third }");

        assertThat(result.getErrors()).isEmpty();
    }

    private GraphQL graphQL(Duration limit) {
        var types = new SchemaParser().parse("type Query { first: String second: String third: String }");
        var wiring = RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("first", slow)
                .dataFetcher("second", slow).dataFetcher("third", slow)).build();
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(types, wiring))
                .instrumentation(new ExecutionTimeLimit(limit, nanoTime::get)).build();
    }
}
