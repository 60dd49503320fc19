package org.egov.itpm.platform.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.egov.itpm.common.UnavailableException;

/**
 * No GraphQL request holds a worker longer than {@code itpm.graphql.execution-timeout}: once it has run that long,
 * every field not fetched yet fails at once with REQUEST_TIMEOUT (503, retryable) instead of running. A single slow
 * statement is bounded by the database's statement timeout; together they bound the whole request.
 */
public class ExecutionTimeLimit extends SimplePerformantInstrumentation {

    private final long limitNanos;
    private final LongSupplier nanoTime;

    public ExecutionTimeLimit(Duration limit) {
        this(limit, System::nanoTime);
    }

    /** With the time source a test moves on instead of waiting. */
    public ExecutionTimeLimit(Duration limit, LongSupplier nanoTime) {
        this.limitNanos = limit.toNanos();
        this.nanoTime = nanoTime;
    }

    static ExecutionTimeLimit fromConfig() {
        return new ExecutionTimeLimit(ConfigProvider.getConfig()
                .getOptionalValue("itpm.graphql.execution-timeout", Duration.class).orElse(Duration.ofSeconds(20)));
    }

    /** When the request started, in the time source's nanoseconds. */
    record Started(long at) implements InstrumentationState {
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Started(nanoTime.getAsLong());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        // plain property reads (light and trivial fetchers) cost nothing worth stopping
        if (!(state instanceof Started started) || parameters.isTrivialDataFetcher()
                || fetcher instanceof graphql.schema.LightDataFetcher) {
            return fetcher;
        }
        return environment -> {
            if (nanoTime.getAsLong() - started.at() > limitNanos) {
                throw UnavailableException.timeout();
            }
            return fetcher.get(environment);
        };
    }
}
