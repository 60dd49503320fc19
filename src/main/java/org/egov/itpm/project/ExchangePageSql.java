package org.egov.itpm.project;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform pull's page as one SQL statement that writes the rows' JSON itself: the exact compact text Jackson
 * writes for {@code platform.exchange.pull.ExchangeProjectRow} (docs/platform-exchange.md "Data mapping"), so the
 * service hands PostgreSQL's text to the client without building a Java object per row. Proved equal to the Jackson
 * rendering by PullRenderingEquivalenceTest.
 */
final class ExchangePageSql {

    private static final String ROW = row();
    /** The statement per WHERE clause: a few shapes (scope, since, cursor), so the driver sees one text per shape. */
    private static final Map<String, String> PAGES = new ConcurrentHashMap<>();
    private static final int CACHE_SIZE = 256;

    private ExchangePageSql() {
    }

    /**
     * Over the scoped, keyset-limited {@code query}: the rows' JSON joined by commas (empty for no row), whether more
     * than {@code :size} rows follow the cursor, and the {@code Instant.toString()} text and id of the last row shown.
     * Parameters besides the query's: {@code :size}, {@code :sizePlusOne}, {@code :nodeJson} (the node code as JSON).
     */
    static String page(ProjectQuery query) {
        String where = query.whereClause();
        String page = PAGES.get(where);
        if (page == null) {
            if (PAGES.size() >= CACHE_SIZE) {
                PAGES.clear();
            }
            page = page(where);
            PAGES.put(where, page);
        }
        return page;
    }

    private static String page(String where) {
        return "select coalesce(string_agg(r.j, ',' order by r.n) filter (where r.n <= :size), '')"
                + ", count(*) > :size"
                + ", (array_agg(r.t order by r.n desc) filter (where r.n <= :size))[1]"
                + ", (array_agg(cast(r.id as text) order by r.n desc) filter (where r.n <= :size))[1]"
                + " from (select row_number() over (order by p.updated_at, p.id) as n, p.id, x.t, " + ROW
                + " as j from project p cross join lateral (select " + instant("p.updated_at") + " as t) x"
                + where + " order by p.updated_at, p.id limit :sizePlusOne) r";
    }

    private static String row() {
        String total = "coalesce(p.approved_estimate, p.estimated_investment)";
        return "'{\"PROJECT_CODE\":' || " + text("p.national_code")
                + " || ',\"localCode\":' || " + text("p.local_code")
                + " || ',\"PROJECT_NAME\":' || " + text("p.name")
                + " || ',\"DIVISION_CODE\":' || " + text("p.region_code")
                + " || ',\"PROJECT_TYPE\":' || " + code("p.kind")
                + " || ',\"START_YEAR\":' || coalesce(cast(extract(year from p.planned_start) as int), p.plan_year)"
                + " || ',\"END_YEAR\":' || coalesce(cast(extract(year from p.planned_end) as int), p.plan_year)"
                // 万元 with 6 decimals: a scale-2 amount times a scale-4 factor has scale 6, exactly Money.toWan
                + " || ',\"TOTAL_MONEY\":' || coalesce(cast(" + total + " * 0.0001 as text), 'null')"
                + " || ',\"totalMoneyCny\":' || coalesce(cast(" + total + " as text), 'null')"
                + " || ',\"stage\":' || " + code("p.stage")
                + " || ',\"APPLY_DATE\":' || coalesce('\"' || to_char(p.applied_on, 'YYYY-MM-DD') || '\"', 'null')"
                + " || ',\"EXCHANGE_TIME\":\"' || x.t || '\"'"
                + " || ',\"VALIDITY_FLAG\":' || case when p.stage in ('WITHDRAWN', 'TERMINATED', 'REJECTED') then 0"
                + " else 1 end"
                + " || ',\"NODE_CODE\":' || :nodeJson || '}'";
    }

    /** An enum name as a JSON string. */
    private static String code(String column) {
        return "coalesce(cast(to_json(" + column + ") as text), 'null')";
    }

    /**
     * Free text as a JSON string the way the service's Jackson writes it to a UTF-8 stream. PostgreSQL's
     * {@code to_json} escapes the same characters, but writes the hex digits of a control character's escape in
     * lower case, where Jackson writes upper case, and leaves characters beyond U+FFFF as they are, where Jackson
     * writes them as two escaped surrogates. The rare text with either is rewritten; the rest pays one regex test.
     */
    private static String text(String column) {
        String json = "cast(to_json(" + column + ") as text)";
        return "coalesce(case when " + column + " ~ '[\\x0b\\x0e-\\x1f\\U00010000-\\U0010ffff]' then "
                + surrogatesEscaped(upperCaseEscapes(json)) + " else " + json + " end, 'null')";
    }

    private static String upperCaseEscapes(String json) {
        StringBuilder upper = new StringBuilder(json);
        for (String hex : new String[] {"b", "e", "f", "1a", "1b", "1c", "1d", "1e", "1f"}) {
            String code = hex.length() == 1 ? "000" + hex : "00" + hex;
            upper.insert(0, "replace(").append(", '\\u").append(code).append("', '\\u")
                    .append(code.toUpperCase(java.util.Locale.ROOT)).append("')");
        }
        return upper.toString();
    }

    /** Each character beyond U+FFFF as its escaped UTF-16 surrogates: 0xD7C0 + cp / 1024, then 0xDC00 + cp % 1024. */
    private static String surrogatesEscaped(String json) {
        return "(select string_agg(case when ascii(c) > 65535 then '\\u' || upper(to_hex(55232 + (ascii(c) >> 10)))"
                + " || '\\u' || upper(to_hex(56320 + (ascii(c) & 1023))) else c end, '' order by i)"
                + " from regexp_split_to_table(" + json + ", '') with ordinality as s(c, i))";
    }

    /** {@code Instant.toString()} of a timestamptz: UTC, seconds always, a fraction of 3 or 6 digits when not zero. */
    private static String instant(String column) {
        String micros = "cast(extract(microseconds from " + column + ") as bigint) % 1000000";
        return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24\":\"MI\":\"SS')"
                + " || case when " + micros + " = 0 then '' when " + micros + " % 1000 = 0"
                + " then to_char(" + column + ", '.MS') else to_char(" + column + ", '.US') end || 'Z'";
    }
}
