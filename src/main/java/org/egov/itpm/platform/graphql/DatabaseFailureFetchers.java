package org.egov.itpm.platform.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
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
 *
 * <p>Unless the client had already gone: SmallRye ends the request's context when the connection closes, so a field
 * still running then fails (its request-scoped caller or session are gone) and its transaction rolls back. Nobody
 * receives that answer and nothing is wrong with the service, so it is one INFO line ({@link LogEvent#GRAPHQL_CLIENT_GONE}).
 */
public class DatabaseFailureFetchers extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(DatabaseFailureFetchers.class);

    /** Keeps, for the whole execution, whether the request's HTTP response was closed (the client went away). */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
                                                                  InstrumentationState state) {
        parameters.getGraphQLContext().put(ClientConnection.KEY, ClientConnection.ofCurrentRequest());
        return super.beginExecution(parameters, state);
    }

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
            BooleanSupplier gone = environment.getGraphQlContext().getOrDefault(ClientConnection.KEY, ClientConnection.OPEN);
            if (gone.getAsBoolean()) {
                LOG.infof("%s field=%s: %s", LogEvent.GRAPHQL_CLIENT_GONE, environment.getExecutionStepInfo().getPath(),
                        failure);
            } else if (DomainErrorExtensions.isInternalError(failure)) {
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
