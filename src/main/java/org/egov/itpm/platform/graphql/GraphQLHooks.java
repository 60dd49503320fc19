package org.egov.itpm.platform.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.spi.EventingService;
import java.util.ArrayList;
import java.util.List;

/**
 * Hooks into SmallRye's GraphQL build. A plain {@link EventingService} found by the ServiceLoader
 * (META-INF/services), enabled by {@value #CONFIG_KEY}=true: unlike SmallRye's CDI events
 * (quarkus.smallrye-graphql.events.enabled) it is not called for every data fetch, which cost an eighth of a
 * nested list request (docs/performance.md).
 *
 * <p>It puts the {@link QueryBudgetInstrumentation} and the {@link InputGuardInstrumentation} first (they act before
 * validation), then the {@link InputLimitInstrumentation} (before each resolver), and adds our error coding AFTER
 * the ones SmallRye configured (depth and complexity limits): the builder only
 * has a setter, so the current value is read and chained, never replaced — OperabilityTest proves the depth limit
 * still holds. It also swaps the fetchers of plain properties for light ones ({@link LeafPropertyFetchers}).
 */
public class GraphQLHooks implements EventingService {

    static final String CONFIG_KEY = "smallrye.graphql.itpm-hooks.enabled";

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }

    /** Removes the misleading {@code @rolesAllowed} from the printed contract ({@link ContractDirectives}). */
    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return ContractDirectives.withoutRolesAllowed(builder);
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        List<Instrumentation> chain = new ArrayList<>();
        chain.add(QueryBudgetInstrumentation.fromConfig());
        chain.add(new InputGuardInstrumentation());
        chain.add(new InputLimitInstrumentation());
        chain.add(ExecutionTimeLimit.fromConfig());
        chain.add(new DatabaseFailureFetchers());
        Instrumentation existing = (Instrumentation) BuilderFields.read(GraphQL.Builder.class, builder, "instrumentation");
        if (existing != null) {
            chain.add(existing);
        }
        chain.add(new ErrorCodeInstrumentation());
        GraphQLSchema schema = BuilderFields.read(GraphQL.Builder.class, builder, "graphQLSchema");
        return builder.instrumentation(new ChainedInstrumentation(chain)).schema(LeafPropertyFetchers.install(schema));
    }
}
