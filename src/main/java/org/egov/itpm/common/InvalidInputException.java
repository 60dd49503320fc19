package org.egov.itpm.common;

import java.util.List;
import java.util.Map;

/** Malformed input: one entry per bad field. Nothing is stored. */
public final class InvalidInputException extends DomainException {

    private final List<FieldError> fieldErrors;

    public InvalidInputException(List<FieldError> fieldErrors) {
        super("INVALID_INPUT", new Text(
                "Invalid input: " + summary(fieldErrors, Language.EN),
                "输入无效：" + summary(fieldErrors, Language.ZH)));
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static InvalidInputException of(String field, String code, String en, String zh) {
        return new InvalidInputException(List.of(new FieldError(field, code, new Text(en, zh))));
    }

    private static String summary(List<FieldError> errors, Language language) {
        return String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message().in(language)).toList());
    }

    @Override
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("fieldErrors", fieldErrors);
    }

    @Override
    public int status() {
        return 400;
    }
}
