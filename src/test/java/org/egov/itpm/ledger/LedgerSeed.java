package org.egov.itpm.ledger;

import java.util.List;
import javax.sql.DataSource;
import org.egov.itpm.testsupport.TestTokens;

/**
 * Volume for ledger tests without walking each project through the API: a unit of its own (so no other test's
 * projects mix in) with {@code count} DRAFT projects named {@code <prefix><n>}, inserted once by SQL.
 */
final class LedgerSeed {

    private LedgerSeed() {
    }

    /** The unit's staff member; its organisation and projects exist after this call. */
    static TestTokens.Person unitWithProjects(DataSource db, String creditCode, String prefix, int count)
            throws Exception {
        try (var c = db.getConnection(); var s = c.createStatement()) {
            s.execute("""
                    insert into organisation (id, credit_code, name, region_code, kind, created_at)
                    values (gen_random_uuid(), '%s', '%s单位', '370881', 'UNIT', now())
                    on conflict (credit_code) do nothing""".formatted(creditCode, prefix));
            s.execute("""
                    insert into project (id, local_code, name, owner_org_id, region_code, kind, funding_source,
                        plan_year, estimated_investment, stage, created_by, created_at, updated_at)
                    select gen_random_uuid(), '%2$s-' || g, '%1$s' || g, o.id, '370881', 'CONSTRUCTION', 'FISCAL',
                        2026, 1000 + g, 'DRAFT', 'seed', now(), now()
                    from generate_series(1, %3$d) g, organisation o where o.credit_code = '%2$s'
                    on conflict (local_code) do nothing""".formatted(prefix, creditCode, count));
            s.execute("""
                    insert into stage_transition (id, project_id, seq, from_stage, to_stage, actor, at, effective_on)
                    select gen_random_uuid(), p.id, 1, null, 'DRAFT', 'seed', now(), date '2026-01-05' from project p
                    where p.local_code like '%s-%%' and not exists (select 1 from stage_transition t
                                                                    where t.project_id = p.id)""".formatted(creditCode));
        }
        return new TestTokens.Person("staff-" + creditCode.toLowerCase(), List.of("unit-staff"), creditCode, "370881");
    }
}
