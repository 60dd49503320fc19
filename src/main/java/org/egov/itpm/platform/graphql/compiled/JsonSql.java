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
            case DATE -> date(x);
            case INSTANT -> instant(x);
        };
    }

    /**
     * {@code LocalDate.toString()}: {@code YYYY-MM-DD}, and a year after 9999 with a plus sign ({@code +10000-01-01}),
     * which PostgreSQL's {@code YYYY} leaves out. The API takes any ISO date for a plan, so such a year can be stored.
     * The pattern is chosen per value, as for instants; {@code to_char} keeps the parsed pattern of its last call.
     */
    private static String date(String x) {
        return "coalesce(to_char(" + x + ", case when " + x + " < date '10000-01-01' then '\\\"YYYY-MM-DD\\\"'"
                + " else '\\\"+YYYY-MM-DD\\\"' end), 'null')";
    }

    /**
     * {@code Instant.toString()}: UTC, seconds always, the fraction as 3 or 6 digits only when not zero. One
     * {@code to_char} whose pattern (quotes included) is chosen by the microseconds: a third of the statement's time
     * in PostgreSQL went to the earlier {@code extract}-and-concatenate form ({@code extract} returns numeric).
     */
    private static String instant(String x) {
        String micros = "cast(date_part('microseconds', " + x + ") as bigint)";
        String seconds = "\\\"YYYY-MM-DD\"T\"HH24:MI:SS";
        return "coalesce(to_char(" + x + " at time zone 'UTC', case when " + micros + " % 1000000 = 0 then '"
                + seconds + "\"Z\\\"' when " + micros + " % 1000 = 0 then '" + seconds + ".FF3\"Z\\\"' else '"
                + seconds + ".FF6\"Z\\\"' end), 'null')";
    }

    /** A constant JSON text as an SQL literal (names and keys are GraphQL names: letters, digits, underscore). */
    static String literal(String json) {
        return "'" + json.replace("'", "''") + "'";
    }
}
