package org.egov.itpm.platform.graphql.compiled;

import org.egov.itpm.common.readpath.Column;

/**
 * SQL expressions that write a value as the exact JSON text the resolver path writes (compact, SmallRye's formats).
 * Never null: a null value is the text {@code null}.
 */
final class JsonSql {

    private JsonSql() {
    }

    static String value(Column column, String alias) {
        String x = "(" + column.sql().replace("{t}", alias) + ")";
        return switch (column.format()) {
            case TEXT -> "coalesce(cast(to_json(" + x + ") as text), 'null')";
            case LITERAL -> "coalesce(cast(" + x + " as text), 'null')";
            case DATE -> "coalesce('\"' || to_char(" + x + ", 'YYYY-MM-DD') || '\"', 'null')";
            case INSTANT -> instant(x);
        };
    }

    /** {@code Instant.toString()}: UTC, seconds always, the fraction as 3 or 6 digits only when not zero. */
    private static String instant(String x) {
        String micros = "(cast(extract(microseconds from " + x + ") as bigint) % 1000000)";
        return "coalesce('\"' || to_char(" + x + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS')"
                + " || case when " + micros + " = 0 then ''"
                + " when " + micros + " % 1000 = 0 then '.' || lpad(cast(" + micros + " / 1000 as text), 3, '0')"
                + " else '.' || lpad(cast(" + micros + " as text), 6, '0') end || 'Z\"', 'null')";
    }

    /** A constant JSON text as an SQL literal (names and keys are GraphQL names: letters, digits, underscore). */
    static String literal(String json) {
        return "'" + json.replace("'", "''") + "'";
    }
}
