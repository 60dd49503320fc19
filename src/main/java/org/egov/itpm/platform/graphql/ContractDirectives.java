package org.egov.itpm.platform.graphql;

import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The schema prints its directives (quarkus.smallrye-graphql.schema-include-directives) so that the contract shows the
 * input limits as {@code @constraint(maxLength: N)}. SmallRye also prints a {@code @rolesAllowed} that names only
 * the first of an operation's roles: a wrong contract, so it is removed (the roles are in docs/security.md).
 */
final class ContractDirectives {

    static final String ROLES_ALLOWED = "rolesAllowed";

    private ContractDirectives() {
    }

    static GraphQLSchema.Builder withoutRolesAllowed(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        GraphQLSchema stripped = SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                                                                TraverserContext<GraphQLSchemaElement> context) {
                if (field.getDirective(ROLES_ALLOWED) == null && field.getAppliedDirective(ROLES_ALLOWED) == null) {
                    return TraversalControl.CONTINUE;
                }
                return changeNode(context, field.transform(b -> b
                        .replaceDirectives(field.getDirectives().stream()
                                .filter(d -> !d.getName().equals(ROLES_ALLOWED)).toList())
                        .replaceAppliedDirectives(field.getAppliedDirectives().stream()
                                .filter(d -> !d.getName().equals(ROLES_ALLOWED)).toList())));
            }
        });
        Set<GraphQLDirective> directives = stripped.getDirectives().stream()
                .filter(d -> !d.getName().equals(ROLES_ALLOWED)).collect(Collectors.toSet());
        return GraphQLSchema.newSchema(stripped).clearDirectives().additionalDirectives(directives);
    }
}
