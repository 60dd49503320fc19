package org.egov.itpm.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Bean Validation violations ({@code @Size(max = TextLimits.X)} on REST bodies and parameters, GraphQL arguments) as
 * the same INVALID_INPUT every other bad field gets: TOO_LONG or TOO_MANY_ITEMS, naming the field as the client
 * wrote it (a body's JSON name, a query parameter's name).
 */
public final class Violations {

    private Violations() {
    }

    public static InvalidInputException toInvalidInput(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream().limit(20).map(Violations::fieldError).toList();
        return new InvalidInputException(errors.isEmpty()
                ? List.of(new FieldError("input", "INVALID_VALUE", new Text("is not valid", "无效")))
                : errors);
    }

    private static FieldError fieldError(ConstraintViolation<?> v) {
        String field = fieldName(v);
        Object value = v.getInvalidValue();
        if (v.getConstraintDescriptor().getAnnotation() instanceof Size size) {
            return value instanceof Collection<?> || value instanceof Map<?, ?> || value != null && value.getClass().isArray()
                    ? TextLimits.tooManyError(field, size.max()) : TextLimits.tooLongError(field, size.max());
        }
        return new FieldError(field, "INVALID_VALUE", new Text(v.getMessage(), v.getMessage()));
    }

    private static String fieldName(ConstraintViolation<?> v) {
        String name = "input";
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        Object bean = v.getLeafBean();
        if (bean != null) {
            try {
                JsonProperty json = bean.getClass().getDeclaredField(name).getAnnotation(JsonProperty.class);
                if (json != null && !json.value().isEmpty()) {
                    return json.value();
                }
            } catch (NoSuchFieldException e) {
                return name;
            }
        }
        return name;
    }
}
