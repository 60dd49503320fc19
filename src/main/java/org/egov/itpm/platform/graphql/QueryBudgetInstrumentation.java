package org.egov.itpm.platform.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.Text;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a document whose real cost exceeds the {@link QueryBudget} limits before the engine validates it: validation
 * and the depth/complexity instrumentations walk every fragment expansion, so a small document of fragments spreading
 * each other would hold a thread for minutes before any of them could say no.
 */
public class QueryBudgetInstrumentation extends SimplePerformantInstrumentation {

    private final QueryBudget.Limits limits;

    QueryBudgetInstrumentation(QueryBudget.Limits limits) {
        this.limits = limits;
    }

    static QueryBudgetInstrumentation fromConfig() {
        return new QueryBudgetInstrumentation(QueryBudget.configuredLimits());
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                       InstrumentationState state) {
        String exceeded = QueryBudget.measure(parameters.getDocument()).exceeded(limits);
        if (exceeded != null) {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .message("Query too complex: " + exceeded)
                    .extensions(CodedExtensions.of("QUERY_TOO_COMPLEX", new Text("Query too complex: " + exceeded,
                            "查询过于复杂（展开片段后字段、别名或片段过多），请拆分查询")))
                    .build()));
        }
        return super.beginValidation(parameters, state);
    }
}
