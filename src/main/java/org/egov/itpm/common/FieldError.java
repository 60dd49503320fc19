package org.egov.itpm.common;

/** One invalid input field: where, which stable code, and why in both languages. */
public record FieldError(String field, String code, Text message) {
}
