-- Contracts of the benchmark data set (run by bench/lib.sh after seed.sql): from PROCUREMENT on, every project has a
-- construction contract; a third also a supervision (监理) contract, a sixth an evaluation service contract.
-- Supplier credit codes are valid GB 32100 codes (check character computed as common/CreditCode does).
-- Deterministic (setseed).
\set ON_ERROR_STOP on
begin;
select setseed(0.2424);
-- GB 32100: the 18th character makes the weighted sum of all 18 (alphabet without I, O, S, V, Z) a multiple of 31
create function pg_temp.credit_code(body text) returns text language sql immutable as $$
  select body || substr('0123456789ABCDEFGHJKLMNPQRTUWXY', (31 - sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY',
           substr(body, i, 1)) - 1) * (array[1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])[i])::int
           % 31) % 31 + 1, 1)
  from generate_series(1, 17) i
$$;
insert into contract (id, project_id, kind, title, supplier_name, supplier_credit_code, credit_code_check_valid,
    award_notice_on, signed_on, filed_on, amount, implementation_months, warranty_months, ip_ownership,
    data_ownership, confidentiality, acceptance_criteria, ip_breach_liability, recorded_by, recorded_at, updated_at)
select gen_random_uuid(), p.id, k.kind, p.name || ' ' || k.title, k.supplier || '（' || right(p.local_code, 4) || '）',
       pg_temp.credit_code('91' || left(p.region_code, 6) || lpad((abs(hashtext(p.local_code || k.kind)) % 1000000000)::text, 9, '0')),
       true,
       -- awarded, signed and filed during PROCUREMENT (+120 d … CONSTRUCTION at +140 d), dates of the acts in Asia/Shanghai
       ((p.created_at + interval '124 days') at time zone 'Asia/Shanghai')::date,
       ((p.created_at + interval '130 days') at time zone 'Asia/Shanghai')::date,
       case when random() < 0.9 then ((p.created_at + interval '135 days') at time zone 'Asia/Shanghai')::date end,
       round(coalesce(p.approved_estimate, p.estimated_investment) * k.share, 2), 12, 24,
       true, true, true, random() < 0.95, random() < 0.9, 'bench', p.created_at + interval '130 days',
       p.created_at + interval '135 days'
from project p
cross join (values ('CONSTRUCTION', '建设合同', '某某信息技术有限公司', 0.85, 1.0),
                   ('SUPERVISION', '监理合同', '某某工程监理有限公司', 0.02, 0.34),
                   ('EVALUATION', '测评服务合同', '某某测评技术有限公司', 0.01, 0.17)) as k(kind, title, supplier, share, frequency)
where p.stage in ('PROCUREMENT', 'CONSTRUCTION', 'TRIAL_RUN', 'PRELIMINARY_ACCEPTANCE', 'FINAL_ACCEPTANCE', 'OPERATION')
  and (k.frequency = 1.0 or (abs(hashtext(p.local_code || k.kind)) % 100) < k.frequency * 100);
commit;
