package org.egov.itpm.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLError;
import graphql.execution.ResultPath;
import io.smallrye.graphql.validation.BeanValidationError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egov.itpm.common.FieldError;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** A Bean Validation error SmallRye raises itself gets the same coded shape as REST's (issue #14). */
class BeanValidationErrorCodeTest {

    static final class Input {
        @Size(max = 3)
        String name = "four";
        @Size(max = 1)
        List<String> ids = List.of("a", "b");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSizeViolationIsInvalidInputWithTooLongAndTooManyItems() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        Set<ConstraintViolation<?>> violations = Set.copyOf(validator.validate(new Input()));
        GraphQLError error = ErrorCodeInstrumentation.invalidInput(
                new BeanValidationError(violations, ResultPath.rootPath(), List.of()));
        assertThat(error.getExtensions()).containsEntry("code", "INVALID_INPUT").containsEntry("status", 400);
        assertThat((Map<String, String>) error.getExtensions().get("messages")).containsKeys("en", "zh");
        List<Object> fieldErrors = (List<Object>) ((Map<String, Object>) error.getExtensions().get("details"))
                .get("fieldErrors");
        assertThat(fieldErrors).extracting(e -> e instanceof Map<?, ?> m ? m.get("field") + ":" + m.get("code")
                        : ((FieldError) e).field() + ":" + ((FieldError) e).code())
                .containsExactlyInAnyOrder("name:TOO_LONG", "ids:TOO_MANY_ITEMS");
    }
}
