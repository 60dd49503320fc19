package org.egov.itpm.platform.graphql.compiled;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.egov.itpm.testsupport.DemoOrgs;

/**
 * Projects named 差分比对… in three jurisdictions with every compiled relation, values that stress the formats
 * (quotes, backslashes, control characters, emoji; instants with no, 3- and 6-digit fractions; null columns; equal
 * sort values and equal child timestamps, so order ties are broken the same way on both paths), and rectification
 * orders with equal due dates and creation instants; then {@link NastyValues}. Idempotent.
 */
final class DifferentialData {

    static final String NAME = "差分比对";
    static final int PROJECTS = 24;

    private DifferentialData() {
    }

    static void seed(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select count(*) from project where local_code like 'DIFF-%'");
            rs.next();
            if (rs.getInt(1) < PROJECTS) {
                seedProjects(s);
            }
        }
        NastyValues.seed(dataSource);
    }

    private static void seedProjects(Statement s) throws SQLException {
        s.execute("""
                insert into project (id, local_code, national_code, name, description, owner_org_id, region_code,
                    kind, build_type, funding_source, phase_no, cross_department, plan_year, estimated_investment,
                    approved_estimate, security_budget, planned_start, planned_end, stage, stage_before_suspension,
                    policy_pack_id, policy_pack_version, applied_on, created_by, created_at, updated_at)
                select gen_random_uuid(), 'DIFF-' || g, case when g % 2 = 0 then '2026-000000-65-01-' || g end,
                    '{NAME}项目' || g || case g % 4 when 0 then ' "引号" \\反斜杠' when 1 then E'\\t制表\\n换行'
                        when 2 then E'控制\\u0001字符 😀' else ' </script> ''单引号''' end,
                    case when g % 3 = 0 then null else E'描述 \\\\ "x" \\u001f 𠀀' end,
                    o.id, o.region_code,
                    (array['CONSTRUCTION', 'OPERATION_MAINTENANCE', 'PURCHASED_SERVICE'])[1 + g % 3],
                    case when g % 2 = 0 then 'NEW' end,
                    (array['FISCAL', 'SPECIAL_BOND', 'SELF_RAISED'])[1 + g % 3],
                    case when g % 5 = 0 then 1 end, g % 2 = 0, 2025 + g % 2,
                    1000000 + (g / 2) * 1234.5, case when g % 2 = 0 then 999.9 end, case when g % 3 = 0 then 0 end,
                    date '2026-03-01' + g, case when g % 4 = 0 then date '2028-12-31' end,
                    (array['IN_REVIEW', 'CONSTRUCTION', 'SUSPENDED', 'APPLIED'])[1 + g % 4],
                    case when g % 4 = 2 then 'CONSTRUCTION' end,
                    case when g % 3 <> 0 then 'qufu-2024' end, case when g % 3 <> 0 then 1 end,
                    date '2026-01-01' + g, 'seed',
                    timestamptz '2026-05-01 08:00:00+00' + (g / 3) * interval '1 hour' + case g % 4
                        when 0 then interval '0' when 1 then interval '0.5 second'
                        when 2 then interval '0.123456 second' else interval '0.12 second' end,
                    timestamptz '2026-06-01 08:00:00+00' + g * interval '1 minute'
                from generate_series(1, {N}) g, organisation o
                where o.credit_code = case g % 3 when 0 then '{A}' when 1 then '{B}' else '{C}' end
                """.replace("{NAME}", NAME).replace("{N}", String.valueOf(PROJECTS))
                .replace("{A}", DemoOrgs.JX_HRSS).replace("{B}", DemoOrgs.QUFU_EDU).replace("{C}", DemoOrgs.JS_GOV));
        String mine = " from project p where p.local_code like 'DIFF-%'";
        s.execute("""
                insert into stage_transition (id, project_id, seq, from_stage, to_stage, actor, at, effective_on,
                    reason)
                select gen_random_uuid(), p.id, n, case when n = 2 then 'DRAFT' end,
                    case when n = 1 then 'DRAFT' else 'APPLIED' end, 'seed', p.created_at, date '2026-01-02',
                    case when n = 2 then E'理由 "r" \\\\' end""" + mine.replace(" from project p",
                " from generate_series(1, 2) n, project p"));
        s.execute("""
                insert into review (id, project_id, type, round, status, opened_by, opened_at, concluded_by,
                    concluded_at, concluded_on, conclusion)
                select gen_random_uuid(), p.id, t, 1, case when t = 'DEMAND_REVIEW' then 'PASSED' else 'OPEN' end,
                    'qufu-reviewer', timestamptz '2026-02-01 00:00:00.001+00',
                    case when t = 'DEMAND_REVIEW' then 'qufu-reviewer' end,
                    case when t = 'DEMAND_REVIEW' then timestamptz '2026-02-03 10:00:00.000010+00' end,
                    case when t = 'DEMAND_REVIEW' then date '2026-02-03' end,
                    case when t = 'DEMAND_REVIEW' then '同意 "通过"' end""" + mine.replace(" from project p",
                " from unnest(array['DEMAND_REVIEW', 'TECHNICAL_REVIEW']) t, project p"));
        s.execute("""
                insert into expert_opinion (id, review_id, expert, expert_name, conclusion, text, signed_at,
                    signed_on)
                select gen_random_uuid(), r.id, e, '专家' || e, 'APPROVE', E'意见\\n第二行', r.opened_at,
                    case when e = 'expert-li' then date '2026-02-02' end
                from unnest(array['expert-zhang', 'expert-li']) e, review r join project p on p.id = r.project_id
                where p.local_code like 'DIFF-%'""");
        s.execute("""
                insert into approval (id, project_id, kind, document_number, approved_on, approved_amount,
                    issuing_body, recorded_by, recorded_at)
                select gen_random_uuid(), p.id, 'FEASIBILITY_STUDY', '曲发改〔2026〕' || p.local_code,
                    date '2026-03-05', case when p.cross_department then 1234567.80 end, '曲阜市发展和改革局',
                    'seed', p.updated_at""" + mine);
        s.execute("""
                insert into document (id, project_id, type, file_name, content_type, size_bytes, sha256, content,
                    uploaded_by, uploaded_at)
                select gen_random_uuid(), p.id, 'FEASIBILITY_STUDY_REPORT', '可研报告' || n || '.pdf',
                    'application/pdf', 1, repeat('a', 64), '\\x00'::bytea, 'qufu-staff',
                    timestamptz '2026-03-01 00:00:00+00'""" + mine.replace(" from project p",
                " from generate_series(1, 2) n, project p"));
        s.execute("""
                insert into finding (id, project_id, key, code, severity, pack_id, article, message_en,
                    message_zh, raised_at, resolved_at)
                select gen_random_uuid(), p.id, 'k' || n, 'CODE_' || n, 'WARNING', 'qufu-2024', 'art.28',
                    'Late "filing"', '逾期', timestamptz '2026-04-01 00:00:00+00',
                    case when n = 1 then timestamptz '2026-04-02 00:00:00.5+00' end""" + mine.replace(
                " from project p", " from generate_series(1, 2) n, project p"));
        s.execute("""
                insert into funding_entry (id, project_id, year, kind, amount, document_number, entered_by,
                    entered_at)
                select gen_random_uuid(), p.id, 2026, k, 100.00, case when k = 'BUDGET' then '曲财〔2026〕1' end,
                    'qufu-finance', p.created_at""" + mine.replace(" from project p",
                " from unnest(array['BUDGET', 'ANNUAL_PLAN']) k, project p"));
        s.execute("""
                insert into contract (id, project_id, kind, title, supplier_name, supplier_credit_code,
                    credit_code_check_valid, award_notice_on, signed_on, amount, implementation_months,
                    warranty_months, recorded_by, recorded_at, updated_at)
                select gen_random_uuid(), p.id, 'CONSTRUCTION', '建设合同', '某某科技有限公司', '91370881MA3C12345X',
                    p.cross_department, date '2026-04-01', case when p.cross_department then date '2026-04-10' end,
                    case when p.cross_department then 500000.00 end, 24, case when p.cross_department then 0 end,
                    'qufu-staff', p.updated_at, p.updated_at""" + mine);
        s.execute("""
                insert into rectification_order (id, project_id, kind, state, text, severity, pack_id,
                    pack_version, article, issued_on, due_on, reported_on, issued_by, issuer_org_code, created_at)
                select gen_random_uuid(), p.id, case when n = 2 then 'FINDING' else 'ORDER' end,
                    (array['ISSUED', 'ACCEPTED', 'REPORTED'])[n], E'整改 "文本" \\ \n' || p.local_code,
                    case when n = 3 then 'ERROR' else 'WARNING' end, 'qufu-2024', 1, 'art.41',
                    date '2026-08-01', case when n <> 2 then date '2026-09-01' end,
                    case when n = 3 then date '2026-08-15' end, 'qufu-reviewer',
                    case when n <> 2 then '11370881MB0000000X' end,
                    timestamptz '2026-08-01 00:00:00.25+00'""" + mine.replace(" from project p",
                " from generate_series(1, 3) n, project p"));
    }
}
