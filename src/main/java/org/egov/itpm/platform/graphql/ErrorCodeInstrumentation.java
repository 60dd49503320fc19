package org.egov.itpm.platform.graphql;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import io.smallrye.graphql.validation.BeanValidationError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Field;
import java.util.Set;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Violations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.egov.itpm.common.Text;

/**
 * Gives the errors the GraphQL engine raises before any resolver runs (invalid query, depth or complexity limit)
 * the same stable {@code extensions.code}, {@code status} and {@code messages} as domain errors.
 */
public class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty() || result.getErrors().stream().allMatch(e -> hasCode(e))) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(e -> hasCode(e) ? e : withCode(e)).toList();
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result)
                .errors(errors).build());
    }

    private static boolean hasCode(GraphQLError e) {
        return e.getExtensions() != null && e.getExtensions().containsKey("code")
                || e.getClass().getSimpleName().contains("ExceptionWhileDataFetching");
    }

    private static GraphQLError withCode(GraphQLError e) {
        if (e instanceof BeanValidationError violations) {
            return invalidInput(violations);
        }
        boolean tooBig = e.getMessage() != null && (e.getMessage().contains("maximum query depth")
                || e.getMessage().contains("maximum query complexity"));
        Map<String, Object> ext = new LinkedHashMap<>(e.getExtensions() == null ? Map.of() : e.getExtensions());
        ext.putAll(CodedExtensions.of(tooBig ? "QUERY_TOO_COMPLEX" : "INVALID_QUERY", new Text(
                e.getMessage() == null ? "invalid query" : e.getMessage(),
                tooBig ? "查询过深或过于复杂，请拆分查询" : "查询语句无效：" + e.getMessage())));
        if (e instanceof ValidationError v) {
            return ValidationError.newValidationError().validationErrorType(v.getValidationErrorType())
                    .description(v.getDescription()).sourceLocations(v.getLocations()).queryPath(v.getQueryPath())
                    .extensions(ext).build();
        }
        return GraphqlErrorBuilder.newError().message(e.getMessage()).locations(e.getLocations())
                .path(e.getPath()).errorType(e.getErrorType()).extensions(ext).build();
    }

    /**
     * A Bean Validation violation SmallRye reports itself (an {@code @Size} the {@link InputLimitInstrumentation} did not
     * check first): the same INVALID_INPUT with TOO_LONG / TOO_MANY_ITEMS field errors as REST gives.
     */
    @SuppressWarnings("unchecked")
    static GraphQLError invalidInput(BeanValidationError e) {
        Set<ConstraintViolation<?>> set;
        try {
            Field field = BeanValidationError.class.getDeclaredField("violations");
            field.setAccessible(true);
            set = (Set<ConstraintViolation<?>>) field.get(e);
        } catch (ReflectiveOperationException unreadable) {
            set = Set.of();
        }
        InvalidInputException invalid = Violations.toInvalidInput(new ConstraintViolationException(set));
        GraphQLError coded = InputGuardInstrumentation.abort(invalid).getUnderlyingErrors().get(0);
        return GraphqlErrorBuilder.newError().message(coded.getMessage()).locations(e.getLocations())
                .path(e.getPath()).extensions(coded.getExtensions()).build();
    }
}
