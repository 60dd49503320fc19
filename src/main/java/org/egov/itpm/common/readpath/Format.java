package org.egov.itpm.common.readpath;

/** How PostgreSQL writes a column so its text equals the resolver path's JSON for that field (ADR 0016). */
public enum Format {
    /** String, ID (uuid) and enum names: a JSON string. */
    TEXT,
    /** Int, BigInteger, Boolean and scale-2 numeric columns: the column's own text. */
    LITERAL,
    /** Date: "YYYY-MM-DD". */
    DATE,
    /** DateTime: {@code Instant.toString()}, UTC with Z and the fraction in groups of three digits. */
    INSTANT
}
