package org.egov.itpm.project;

/**
 * The platform pull's page as one SQL statement that writes the rows' JSON itself: the exact compact text Jackson
 * writes for {@code platform.exchange.pull.ExchangeProjectRow} (docs/platform-exchange.md "Data mapping"), so the
 * service hands PostgreSQL's text to the client without building a Java object per row. Proved equal to the Jackson
 * rendering by PullRenderingEquivalenceTest.
 */
final class ExchangePageSql {

    private ExchangePageSql() {
    }

    /**
     * Over the scoped, keyset-limited {@code query}: the rows' JSON joined by commas (empty for no row), whether more
     * than {@code :size} rows follow the cursor, and the {@code Instant.toString()} text and id of the last row shown.
     * Parameters besides the query's: {@code :size}, {@code :sizePlusOne}, {@code :nodeJson} (the node code as JSON).
     */
    static String page(ProjectQuery query) {
        return "select coalesce(string_agg(r.j, ',' order by r.n) filter (where r.n <= :size), '')"
                + ", count(*) > :size"
                + ", (array_agg(r.t order by r.n desc) filter (where r.n <= :size))[1]"
                + ", (array_agg(cast(r.id as text) order by r.n desc) filter (where r.n <= :size))[1]"
                + " from (select row_number() over (order by p.updated_at, p.id) as n, p.id, " + instant("p.updated_at")
                + " as t, " + row() + " as j from project p" + query.whereClause()
                + " order by p.updated_at, p.id limit :sizePlusOne) r";
    }

    private static String row() {
        String total = "coalesce(p.approved_estimate, p.estimated_investment)";
        return "'{\"PROJECT_CODE\":' || " + string("p.national_code")
                + " || ',\"localCode\":' || " + string("p.local_code")
                + " || ',\"PROJECT_NAME\":' || " + string("p.name")
                + " || ',\"DIVISION_CODE\":' || " + string("p.region_code")
                + " || ',\"PROJECT_TYPE\":' || " + string("p.kind")
                + " || ',\"START_YEAR\":' || coalesce(cast(extract(year from p.planned_start) as int), p.plan_year)"
                + " || ',\"END_YEAR\":' || coalesce(cast(extract(year from p.planned_end) as int), p.plan_year)"
                // 万元 with 6 decimals: a scale-2 amount times a scale-4 factor has scale 6, exactly Money.toWan
                + " || ',\"TOTAL_MONEY\":' || coalesce(cast(" + total + " * 0.0001 as text), 'null')"
                + " || ',\"totalMoneyCny\":' || coalesce(cast(" + total + " as text), 'null')"
                + " || ',\"stage\":' || " + string("p.stage")
                + " || ',\"APPLY_DATE\":' || coalesce('\"' || to_char(p.applied_on, 'YYYY-MM-DD') || '\"', 'null')"
                + " || ',\"EXCHANGE_TIME\":\"' || " + instant("p.updated_at") + " || '\"'"
                + " || ',\"VALIDITY_FLAG\":' || case when p.stage in ('WITHDRAWN', 'TERMINATED', 'REJECTED') then 0"
                + " else 1 end"
                + " || ',\"NODE_CODE\":' || :nodeJson || '}'";
    }

    /**
     * A JSON string as Jackson writes it. PostgreSQL's {@code to_json} escapes like Jackson except that it writes the
     * hex digits of a control character's escape (backslash, u, four hex digits) in lower case; the rare text with such a control character is upper-cased there.
     */
    private static String string(String column) {
        String json = "cast(to_json(" + column + ") as text)";
        StringBuilder upper = new StringBuilder(json);
        for (String hex : new String[] {"b", "e", "f", "1a", "1b", "1c", "1d", "1e", "1f"}) {
            String code = hex.length() == 1 ? "000" + hex : "00" + hex;
            upper.insert(0, "replace(").append(", '\\u").append(code).append("', '\\u")
                    .append(code.toUpperCase(java.util.Locale.ROOT)).append("')");
        }
        return "coalesce(case when " + column + " ~ '[\\x0b\\x0e-\\x1f]' then " + upper + " else " + json
                + " end, 'null')";
    }

    /** {@code Instant.toString()} of a timestamptz: UTC, seconds always, a fraction of 3 or 6 digits when not zero. */
    private static String instant(String column) {
        String micros = "cast(extract(microseconds from " + column + ") as bigint) % 1000000";
        return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS')"
                + " || case when " + micros + " = 0 then '' when " + micros + " % 1000 = 0"
                + " then to_char(" + column + ", '.MS') else to_char(" + column + ", '.US') end || 'Z'";
    }
}
