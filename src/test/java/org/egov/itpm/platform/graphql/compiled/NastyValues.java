package org.egov.itpm.platform.graphql.compiled;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.egov.itpm.testsupport.DemoOrgs;

/**
 * Values at the edges of what the compiled path must write exactly as the resolver path's JSON writer does (issue #19
 * item 2): one project per nasty text, named {@code 差分比对…} so the differential tests' filters, orders and pages
 * meet them, with that text in every free-text column the compiled roots select (project, history, reviews, opinions,
 * approvals, documents, findings, funding, contracts, rectification orders) and in one organisation and one region;
 * the last project carries every text at its column's limit. Numbers, booleans, dates and instants vary over their
 * legal edges (zero, one cent, the largest numeric(16,2), 1E+3 entered as such, null; fractions of 0, 1 and 999,999
 * microseconds). U+0000 is left out: PostgreSQL text cannot hold it (and the NUL guard refuses it in input).
 * Idempotent.
 */
final class NastyValues {

    static final String LOCAL_CODE = "NASTY-";
    /** The nasty projects' names start with this (and so with {@link DifferentialData#NAME}). */
    static final String NAME = DifferentialData.NAME + "·";
    /** Every control character PostgreSQL can store, then the characters JSON writers disagree on. */
    static final List<String> TEXTS = List.of(
            IntStream.rangeClosed(1, 0x1f).mapToObj(Character::toString).collect(Collectors.joining()),
            "\u007f del \u0080\u0085\u009f c1 \u00a0 nbsp \u2028 ls \u2029 ps \ufeff bom \ufffd \uffff",
            "\" \\ / < > & ' </script><!-- ]]> \\\" \\\\ \\/ \"\"",
            "😀 U+1F600 𠀀 U+20000 🇨🇳 👨‍👩‍👧 \udbff\udfff",
            "e\u0301 \u0301 a\u0300\u0323 Z\u0324\u0354\u0367\u0311\u0313 \u200b\u200c\u200d \u202e rtl",
            "\\ud83d \\ude00 \\u0000 \\u001F \\x00 %00 &#0; \\", "", " ", "\t", "项目\n\r\n换行\b\f",
            "'; drop table project; -- ' || '");
    /** Mixed into texts at their column's limit: escapes, four-byte and combining characters. */
    private static final String LONG = "\u001f\"\\😀𠀀/\u2028<e\u0301\u007f项";

    /**
     * Planned start and end (the API takes any ISO date for them): years before 1000 and after 9999 besides ordinary
     * ones. Not years before the common era: the resolver path itself reads them wrongly (1 BC as 0001-01-01, 12346 BC
     * as +292269055-12-02, through java.sql.Date), so there is nothing to be identical to.
     */
    private static final LocalDate[][] PLANNED = {{date("1900-01-01"), date("2099-12-31")},
        {date("2026-03-01"), date("2026-03-01")}, {date("0999-12-31"), date("+10000-01-01")},
        {date("2026-03-01"), date("+12345-06-07")}};

    private NastyValues() {
    }

    static void seed(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement();
                    var rs = s.executeQuery("select count(*) from project where local_code like '" + LOCAL_CODE
                            + "%'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            String[] owners = {DemoOrgs.QUFU_EDU, DemoOrgs.JX_HRSS, DemoOrgs.JS_GOV};
            for (int k = 0; k <= TEXTS.size(); k++) {
                project(c, k, owners[k % owners.length]);
            }
            insert(c, "insert into region (code, name, parent_code, level) values ('379999', ?, '370000', 'COUNTY')",
                    text(0, 200) + text(3, 200));
            insert(c, "insert into organisation (id, credit_code, name, region_code, kind, created_at) values"
                    + " (gen_random_uuid(), '91379999NASTY0000X', ?, '379999', 'SUPPLIER', timestamptz '2026-01-01Z')",
                    text(TEXTS.size(), 200));
        }
    }

    /** The ids of the nasty projects. */
    static List<String> projectIds(DataSource dataSource) throws SQLException {
        List<String> ids = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("select id from project where local_code like '" + LOCAL_CODE + "%'")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Whether a response body carries every non-blank nasty text in some string (so comparing it is not vacuous). */
    static boolean carried(String body) {
        StringBuilder strings = new StringBuilder();
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).findValues("data").forEach(
                    data -> collect(data, strings));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return TEXTS.stream().filter(t -> !t.isBlank()).allMatch(t -> strings.indexOf(t) >= 0);
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode node, StringBuilder strings) {
        if (node.isTextual()) {
            strings.append(node.textValue()).append('\u0000');
        }
        node.forEach(child -> collect(child, strings));
    }

    /** The k-th text (the one after the last: {@link #LONG} repeated) cut or filled to {@code limit} code points. */
    static String text(int k, int limit) {
        String t = k < TEXTS.size() ? TEXTS.get(k) : LONG.repeat(limit);
        return t.codePointCount(0, t.length()) <= limit ? t : t.substring(0, t.offsetByCodePoints(0, limit));
    }

    private static void project(Connection c, int k, String owner) throws SQLException {
        String code = LOCAL_CODE + k;
        BigDecimal[] money = {new BigDecimal("0.00"), new BigDecimal("0.01"), new BigDecimal("99999999999999.99"),
            new BigDecimal("1E+3"), new BigDecimal("12345678901234.5")};
        BigDecimal amount = money[k % money.length];
        insert(c, """
                insert into project (id, local_code, name, description, owner_org_id, region_code, kind, build_type,
                    funding_source, phase_no, cross_department, plan_year, estimated_investment, approved_estimate,
                    security_budget, planned_start, planned_end, stage, policy_pack_id, policy_pack_version, applied_on,
                    created_by, created_at, updated_at, version)
                select gen_random_uuid(), ?, ?, ?, o.id, o.region_code, 'CONSTRUCTION', 'NEW', 'FISCAL', ?, ?, 2026,
                    ?, ?, ?, ?, ?, 'IN_REVIEW', 'qufu-2024', 1, ?, ?, ?, ?, 9007199254740993
                from organisation o where o.credit_code = ?""", code,
                NAME + text(k, 195), text(k, 20_000), k % 2 == 0 ? null : Integer.MAX_VALUE,
                k % 2 == 0, amount, k % 3 == 0 ? null : amount, k % 3 == 1 ? null : amount,
                PLANNED[k % PLANNED.length][0], PLANNED[k % PLANNED.length][1],
                date("1970-01-01"), text(k, 200), created(k, 0), created(k, 1), owner);
        String mine = " from project p where p.local_code = ?";
        insert(c, "insert into stage_transition (id, project_id, seq, from_stage, to_stage, actor, at, effective_on,"
                + " reason) select gen_random_uuid(), p.id, 1, null, 'DRAFT', ?, ?, ?, ?" + mine, text(k, 100),
                instant(k, 2), date("2000-02-29"), text(k, 2_000), code);
        insert(c, "insert into review (id, project_id, type, round, status, opened_by, opened_at, concluded_by,"
                + " concluded_at, concluded_on, conclusion) select gen_random_uuid(), p.id, 'DEMAND_REVIEW', 1,"
                + " 'PASSED', ?, ?, ?, ?, ?, ?" + mine, text(k, 100), instant(k, 3), text(k, 100), instant(k, 4),
                date("2026-02-03"), text(k, 20_000), code);
        insert(c, "insert into expert_opinion (id, review_id, expert, expert_name, conclusion, text, signed_at,"
                + " signed_on) select gen_random_uuid(), r.id, ?, ?, 'REJECT', ?, ?, ? from review r join project p"
                + " on p.id = r.project_id where p.local_code = ?", text(k, 100), text(k, 200), text(k, 20_000),
                instant(k, 5), date("2026-02-02"), code);
        insert(c, "insert into approval (id, project_id, kind, document_number, approved_on, approved_amount,"
                + " issuing_body, recorded_by, recorded_at) select gen_random_uuid(), p.id, 'FEASIBILITY_STUDY', ?, ?,"
                + " ?, ?, ?, ?" + mine, text(k, 200), date("2026-03-05"), amount, text(k, 200), text(k, 100),
                instant(k, 6), code);
        insert(c, "insert into document (id, project_id, type, file_name, content_type, size_bytes, sha256, content,"
                + " uploaded_by, uploaded_at) select gen_random_uuid(), p.id, 'FEASIBILITY_STUDY_REPORT', ?, ?, ?,"
                + " ?, '\\x00'::bytea, ?, ?" + mine, text(k, 255), text(k, 255), k % 2 == 0 ? 0L : 2_147_483_648L,
                text(k, 64), text(k, 100), instant(k, 7), code);
        insert(c, "insert into finding (id, project_id, key, code, severity, pack_id, article, message_en, message_zh,"
                + " raised_at, resolved_at) select gen_random_uuid(), p.id, ?, ?, 'ERROR', 'qufu-2024', 'art.28', ?,"
                + " ?, ?, ?" + mine, "nasty-" + text(k, 64), text(k, 64), text(k, 2_000), text(k, 2_000),
                instant(k, 8), k % 2 == 0 ? null : instant(k, 9), code);
        insert(c, "insert into funding_entry (id, project_id, year, kind, amount, document_number, entered_by,"
                + " entered_at) select gen_random_uuid(), p.id, 2100, 'BUDGET', ?, ?, ?, ?" + mine, amount,
                text(k, 200), text(k, 100), instant(k, 10), code);
        insert(c, "insert into contract (id, project_id, kind, title, supplier_name, supplier_credit_code,"
                + " credit_code_check_valid, award_notice_on, signed_on, amount, implementation_months,"
                + " warranty_months, recorded_by, recorded_at, updated_at) select gen_random_uuid(), p.id,"
                + " 'CONSTRUCTION', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?" + mine, text(k, 200), text(k, 200),
                creditCode(k), k % 2 == 1, date("2026-04-01"), date("2026-04-10"), amount, Integer.MAX_VALUE,
                text(k, 100), instant(k, 11), instant(k, 11), code);
        insert(c, "insert into rectification_order (id, project_id, kind, state, text, severity, pack_id, pack_version,"
                + " article, issued_on, due_on, issued_by, issuer_org_code, created_at) select gen_random_uuid(),"
                + " p.id, 'ORDER', 'ISSUED', ?, 'ERROR', 'qufu-2024', 1, 'art.41', ?, ?, ?, ?, ?" + mine,
                text(k, 2_000), date("2026-08-01"), date("2099-12-31"), text(k, 100), text(k, 64), instant(k, 12),
                code);
    }

    /** 18 characters, as the column requires: the text's first code points padded with 'X'. */
    private static String creditCode(int k) {
        String t = text(k, 18);
        int n = t.codePointCount(0, t.length());
        return n == 18 ? t : t + "X".repeat(18 - n);
    }

    /**
     * Instants with every fraction shape {@code Instant.toString()} has: none, 3 digits (incl. trailing zeros), 6
     * digits (1 and 999,999 microseconds); the epoch and after 2038.
     */
    private static OffsetDateTime instant(int k, int i) {
        String[] shapes = {"1970-01-01T00:00:00Z", "2026-06-01T08:00:00.000001Z", "2026-06-01T08:00:00.999999Z",
            "2026-06-01T08:00:00.100Z", "2026-06-01T08:00:00.120Z", "2038-01-19T03:14:08.5Z",
            "2099-12-31T23:59:59.999Z", "2026-06-01T08:00:00.010200Z"};
        return Instant.parse(shapes[(k + i) % shapes.length]).plusSeconds(k).atOffset(ZoneOffset.UTC);
    }

    /** A project's own instants stay in 2026 (the default order is by them; other suites page the newest). */
    private static OffsetDateTime created(int k, int i) {
        return instant(k, i).withYear(2026).withMonth(5);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static void insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("not one row: " + sql);
            }
        }
    }
}
