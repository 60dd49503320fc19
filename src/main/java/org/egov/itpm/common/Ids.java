package org.egov.itpm.common;

import java.util.List;
import java.util.UUID;

/** Parses client-supplied ids, so a malformed id is a clear INVALID_ID error instead of a parser failure. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of(field, "INVALID_ID", "is not a valid id: " + TextLimits.excerpt(value),
                    "不是有效的标识：" + TextLimits.excerpt(value));
        }
    }

    /** An optional id: absent or blank is null, anything else must be a valid id. */
    public static UUID parseOptional(String field, String value) {
        return value == null || value.isBlank() ? null : parse(field, value);
    }

    public static List<UUID> parseAll(String field, List<String> values) {
        return values == null ? null : values.stream().map(v -> parse(field, v)).toList();
    }
}
