package org.egov.itpm.platform.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.NodeTraverser;
import graphql.language.Node;
import graphql.language.NodeVisitorStub;
import graphql.language.StringValue;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.DomainException;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.TextInput;

/**
 * Refuses text that no field can store (a NUL character) in variables and in the document's string literals before
 * anything runs, with the same INVALID_INPUT as every other bad field, instead of a database error.
 */
public class InputGuardInstrumentation extends SimplePerformantInstrumentation {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Variables, on every request (a parsed document may come from the engine's cache, its variables never do). */
    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                  InstrumentationState state) {
        List<FieldError> errors = new ArrayList<>();
        if (input.getVariables() != null) {
            input.getVariables().forEach((name, value) -> scan("$" + name, value, errors));
        }
        if (!errors.isEmpty()) {
            throw abort(new InvalidInputException(errors));
        }
        return input;
    }

    /** The document's string literals, once per parsed document. */
    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                       InstrumentationState state) {
        List<FieldError> errors = new ArrayList<>();
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitStringValue(StringValue node, TraverserContext<Node> context) {
                if (TextInput.hasNul(node.getValue()) && errors.size() < 20) {
                    var at = node.getSourceLocation();
                    errors.add(TextInput.nulError(at == null ? "query" : "query:" + at.getLine() + ":" + at.getColumn()));
                }
                return TraversalControl.CONTINUE;
            }
        }, parameters.getDocument());
        if (!errors.isEmpty()) {
            throw abort(new InvalidInputException(errors));
        }
        return super.beginValidation(parameters, state);
    }

    private static void scan(String path, Object value, List<FieldError> errors) {
        if (errors.size() >= 20) {
            return;
        }
        if (value instanceof String s && TextInput.hasNul(s)) {
            errors.add(TextInput.nulError(path));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> scan(path + "." + k, v, errors));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                scan(path + "[" + i + "]", list.get(i), errors);
            }
        }
    }

    /** A domain error as the engine's abort, with the extensions every GraphQL error of ours carries. */
    static AbortExecutionException abort(DomainException e) {
        @SuppressWarnings("unchecked")
        Map<String, Object> details = MAPPER.convertValue(e.details(), Map.class);
        Map<String, Object> extensions = CodedExtensions.of(e.code(), e.text());
        extensions.put("details", details);
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().message(e.getMessage())
                .extensions(extensions).build()));
    }
}
