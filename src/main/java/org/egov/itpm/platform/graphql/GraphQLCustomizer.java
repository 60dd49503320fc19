package org.egov.itpm.platform.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Hooks into SmallRye's GraphQL build (quarkus.smallrye-graphql.events.enabled) to add our instrumentation
 * AFTER the ones SmallRye configured (depth and complexity limits): the builder only has a setter, so the
 * current value is read and chained, never replaced — OperabilityTest proves the depth limit still holds.
 */
@ApplicationScoped
public class GraphQLCustomizer {

    GraphQL.Builder addErrorCodes(@Observes GraphQL.Builder builder) {
        List<Instrumentation> chain = new ArrayList<>();
        Instrumentation existing = current(builder);
        if (existing != null) {
            chain.add(existing);
        }
        chain.add(new ErrorCodeInstrumentation());
        return builder.instrumentation(new ChainedInstrumentation(chain));
    }

    private static Instrumentation current(GraphQL.Builder builder) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("instrumentation");
            field.setAccessible(true);
            return (Instrumentation) field.get(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the GraphQL instrumentation to keep the query limits", e);
        }
    }
}
