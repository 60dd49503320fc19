package org.egov.itpm.platform.graphql;

import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The schema prints its directives (quarkus.smallrye-graphql.schema-include-directives) so that the contract shows the
 * input limits as {@code @constraint(maxLength: N)}. SmallRye also prints a {@code @rolesAllowed} that names only
 * the first of an operation's roles: a wrong contract, so it is removed (the roles are in docs/security.md).
 *
 * <p>The directive is stripped from the types the builder holds, before the one schema build SmallRye does: building
 * the schema to transform it and then again from the result tripled the schema build, a second of every start
 * (ADR 0017). SmallRye refers to other types by name, so replacing a type in the builder replaces it everywhere.
 */
final class ContractDirectives {

    static final String ROLES_ALLOWED = "rolesAllowed";

    private ContractDirectives() {
    }

    static GraphQLSchema.Builder withoutRolesAllowed(GraphQLSchema.Builder builder) {
        GraphQLObjectType query = read(builder, "queryType");
        GraphQLObjectType mutation = read(builder, "mutationType");
        GraphQLObjectType subscription = read(builder, "subscriptionType");
        Set<GraphQLType> types = read(builder, "additionalTypes");
        Set<GraphQLDirective> directives = read(builder, "additionalDirectives");
        Set<GraphQLType> strippedTypes = types.stream().map(ContractDirectives::stripped)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<GraphQLDirective> keptDirectives = directives.stream().filter(d -> !d.getName().equals(ROLES_ALLOWED))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (query != null) {
            builder.query(stripped(query));
        }
        if (mutation != null) {
            builder.mutation(stripped(mutation));
        }
        if (subscription != null) {
            builder.subscription(stripped(subscription));
        }
        return builder.clearAdditionalTypes().additionalTypes(strippedTypes)
                .clearDirectives().additionalDirectives(keptDirectives);
    }

    private static <T extends GraphQLType> T stripped(T type) {
        if (type instanceof GraphQLObjectType object && carriesRoles(object.getFieldDefinitions())) {
            return cast(object.transform(b -> b.replaceFields(stripped(object.getFieldDefinitions()))));
        }
        if (type instanceof GraphQLInterfaceType iface && carriesRoles(iface.getFieldDefinitions())) {
            return cast(iface.transform(b -> b.replaceFields(stripped(iface.getFieldDefinitions()))));
        }
        return type;
    }

    private static boolean carriesRoles(List<GraphQLFieldDefinition> fields) {
        return fields.stream().anyMatch(f -> f.getDirective(ROLES_ALLOWED) != null
                || f.getAppliedDirective(ROLES_ALLOWED) != null);
    }

    private static List<GraphQLFieldDefinition> stripped(List<GraphQLFieldDefinition> fields) {
        return fields.stream().map(field -> field.transform(b -> b
                .replaceDirectives(field.getDirectives().stream()
                        .filter(d -> !d.getName().equals(ROLES_ALLOWED)).toList())
                .replaceAppliedDirectives(field.getAppliedDirectives().stream()
                        .filter(d -> !d.getName().equals(ROLES_ALLOWED)).toList()))).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private static <T> T read(GraphQLSchema.Builder builder, String name) {
        return BuilderFields.read(GraphQLSchema.Builder.class, builder, name);
    }
}
