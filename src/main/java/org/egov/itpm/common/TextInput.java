package org.egov.itpm.common;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Checks every text and instant must pass before it reaches the database: PostgreSQL cannot store a NUL character in
 * text (the statement fails) and keeps timestamps only within its range, so both would surface as internal errors.
 */
public final class TextInput {

    /** Instants outside these years are refused; no act of a project lies outside them. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;

    private TextInput() {
    }

    public static boolean hasNul(String s) {
        return s != null && s.indexOf('\0') >= 0;
    }

    public static FieldError nulError(String field) {
        return new FieldError(field, "NUL_CHARACTER", new Text("must not contain NUL characters (U+0000)",
                "不得包含NUL字符（U+0000）"));
    }

    public static boolean inStorableRange(Instant instant) {
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
