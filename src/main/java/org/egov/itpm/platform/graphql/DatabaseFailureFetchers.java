package org.egov.itpm.platform.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.egov.itpm.common.DatabaseFailures;
import org.egov.itpm.common.DomainException;
import org.egov.itpm.common.LogEvent;
import org.egov.itpm.common.UnavailableException;
import org.egov.itpm.platform.TraceIds;
import org.jboss.logging.Logger;

/**
 * A resolver's database failure that is not a bug (unavailable, statement timeout, lost unique-key race) becomes its
 * coded domain error before SmallRye sees it, so the GraphQL {@code message} is the catalogue's bilingual text, not
 * the generic one SmallRye gives every non-domain exception. Same translation as REST (ProblemMapper). A failure that
 * answers INTERNAL_ERROR is logged here, once, at ERROR with its event code, the errorId the answer quotes and the stack.
 */
public class DatabaseFailureFetchers extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(DatabaseFailureFetchers.class);

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || fetcher instanceof graphql.schema.LightDataFetcher) {
            return fetcher;
        }
        return environment -> {
            Object result;
            try {
                result = fetcher.get(environment);
            } catch (RuntimeException e) {
                throw translated(e, environment);
            }
            if (result instanceof CompletionStage<?> stage) {
                return stage.handle((value, failure) -> {
                    if (failure != null) {
                        throw new CompletionException(translated(failure instanceof CompletionException c
                                && c.getCause() != null ? c.getCause() : failure, environment));
                    }
                    return value;
                }).toCompletableFuture();
            }
            return result;
        };
    }

    private static RuntimeException translated(Throwable failure, DataFetchingEnvironment environment) {
        if (failure instanceof DomainException d) {
            return d;
        }
        DomainException known = DatabaseFailures.translate(failure);
        if (known == null) {
            if (DomainErrorExtensions.isInternalError(failure)) {
                // the one ERROR line of this INTERNAL_ERROR: SmallRye's own print is off (it is off in prod anyway)
                LOG.errorf(failure, "%s errorId=%s field=%s", LogEvent.GRAPHQL_FIELD_FAILED, TraceIds.current(),
                        environment.getExecutionStepInfo().getPath());
            }
            return failure instanceof RuntimeException r ? r : new CompletionException(failure);
        }
        boolean incident = known instanceof UnavailableException;
        LOG.logf(incident ? Logger.Level.WARN : Logger.Level.DEBUG, "%s %s: %s",
                incident ? LogEvent.SERVICE_UNAVAILABLE : LogEvent.CLIENT_ERROR, known.code(), failure);
        return known;
    }
}
