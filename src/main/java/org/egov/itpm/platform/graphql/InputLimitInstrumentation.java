package org.egov.itpm.platform.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.IntValue;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.TextLimits;

/**
 * Enforces the limits the contract shows, {@code @constraint(maxLength: N)} on an argument or input field (from
 * {@code @Size(max = N)}): a text longer than N characters is TOO_LONG, a list with more than N items TOO_MANY_ITEMS,
 * each naming the field, before the resolver runs (so before any write). A text inside a list without its own limit
 * may have {@link TextLimits#ITEM} characters.
 */
public class InputLimitInstrumentation extends SimplePerformantInstrumentation {

    private static final int MAX_ERRORS = 20;

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        GraphQLFieldDefinition field = parameters.getExecutionStepInfo().getFieldDefinition();
        if (field == null || field.getArguments().isEmpty()) {
            return fetcher;
        }
        return environment -> {
            List<FieldError> errors = violations(field, environment.getArguments());
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return fetcher.get(environment);
        };
    }

    /** Whether every argument of {@code field} is within its declared size (the compiled read path asks first). */
    public static boolean withinLimits(GraphQLFieldDefinition field, Map<String, Object> arguments) {
        return violations(field, arguments).isEmpty();
    }

    private static List<FieldError> violations(GraphQLFieldDefinition field, Map<String, Object> arguments) {
        List<FieldError> errors = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            check(argument.getName(), argument.getType(), maxLength(argument), arguments.get(argument.getName()), errors);
        }
        return errors;
    }

    private static void check(String path, GraphQLInputType type, Integer max, Object value, List<FieldError> errors) {
        if (value == null || errors.size() >= MAX_ERRORS) {
            return;
        }
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (unwrapped instanceof GraphQLList list && value instanceof List<?> items) {
            if (max != null && items.size() > max) {
                errors.add(TextLimits.tooManyError(path, max));
                return;
            }
            GraphQLInputType itemType = (GraphQLInputType) list.getWrappedType();
            for (int i = 0; i < items.size() && errors.size() < MAX_ERRORS; i++) {
                check(path + "[" + i + "]", itemType, TextLimits.ITEM, items.get(i), errors);
            }
        } else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField f : object.getFieldDefinitions()) {
                check(path + "." + f.getName(), f.getType(), maxLength(f), fields.get(f.getName()), errors);
            }
        } else if (value instanceof String text && max != null && TextLimits.tooLong(text, max)) {
            errors.add(TextLimits.tooLongError(path, max));
        }
    }

    /** The declared {@code @constraint(maxLength: N)}, or null. SmallRye attaches it as a (legacy) directive. */
    @SuppressWarnings("deprecation")
    static Integer maxLength(GraphQLDirectiveContainer element) {
        for (GraphQLDirective directive : element.getDirectives("constraint")) {
            GraphQLArgument max = directive.getArgument("maxLength");
            if (max != null && max.hasSetValue()) {
                Integer n = number(max.getArgumentValue().getValue());
                if (n != null) {
                    return n;
                }
            }
        }
        for (GraphQLAppliedDirective directive : element.getAppliedDirectives("constraint")) {
            GraphQLAppliedDirectiveArgument max = directive.getArgument("maxLength");
            if (max != null) {
                Integer n = number(max.getArgumentValue().getValue());
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private static Integer number(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        return value instanceof IntValue literal ? literal.getValue().intValue() : null;
    }
}
