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
import org.egov.itpm.common.UnavailableException;
import org.egov.itpm.platform.graphql.ExecutionTimeLimit;
import org.junit.jupiter.api.Test;

/** A GraphQL request past its time budget stops fetching: the remaining fields fail with REQUEST_TIMEOUT at once. */
class ExecutionTimeLimitTest {

    private static final DataFetcher<String> SLOW = env -> {
        Thread.sleep(50);
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

    private static GraphQL graphQL(Duration limit) {
        var types = new SchemaParser().parse("type Query { first: String second: String third: String }");
        var wiring = RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("first", SLOW)
                .dataFetcher("second", SLOW).dataFetcher("third", SLOW)).build();
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(types, wiring))
                .instrumentation(new ExecutionTimeLimit(limit)).build();
    }
}
