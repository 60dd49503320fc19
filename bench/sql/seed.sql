-- Benchmark data set, generated with generate_series (psql -v projects=N -f seed.sql).
-- Runs after the service's Flyway created the schema and after db/demo/R__demo_organisations.sql.
-- Deterministic (setseed), replaces all project data. Contract tables, if they exist, are emptied by the
-- truncate cascade and filled by bench/sql/seed-contracts.sql (run after this script).
-- Legal dates: every act carries the date of the act (Asia/Shanghai) of the instant it was recorded, and the acts
-- follow the history: stage i is entered at created + i × 20 days (DRAFT 0, LIBRARY 20, APPLIED 40, IN_REVIEW 60,
-- APPROVED 80, FUNDED 100, PROCUREMENT 120, CONSTRUCTION 140, …); documents on the day of their act, reviews open
-- with IN_REVIEW (+60 d) and conclude at +70 d, approvals are issued with APPROVED, funding comes with FUNDED, the
-- platform filing and the pack binding with APPLIED, contracts during PROCUREMENT (seed-contracts.sql).
\set ON_ERROR_STOP on
begin;
select setseed(0.4242);

-- (ledger jobs too: a job left RUNNING by an interrupted run would be resumed before the bench's own)
truncate project, project_participant, document, stage_transition, stage_transition_document, review,
    review_panel_member, expert_opinion, approval, audit_event, project_fact, funding_entry, finding, ledger_job cascade;

-- the demo project units (owners) of the five jurisdictions
create temp table bench_org on commit drop as
select row_number() over (order by o.credit_code) - 1 as i, o.id, o.region_code,
       case o.region_code when '370881' then 'qufu-2024' when '360000' then 'jiangxi-2024'
            when '230502' then 'jianshan-2024' when '500237' then 'wushan-2022' else 'baotou-2024' end as pack,
       r.name as region_name
from organisation o join region r on r.code = o.region_code
where o.kind = 'UNIT' and o.region_code in ('370881', '360000', '230502', '500237', '150200');

create temp table bench_stage on commit drop as
select ord - 1 as i, s as stage from unnest(array['DRAFT', 'LIBRARY', 'APPLIED', 'IN_REVIEW', 'APPROVED', 'FUNDED',
    'PROCUREMENT', 'CONSTRUCTION', 'TRIAL_RUN', 'PRELIMINARY_ACCEPTANCE', 'FINAL_ACCEPTANCE', 'OPERATION'])
    with ordinality as t(s, ord);

create temp table bench_p on commit drop as
select g,
       (select count(*) from bench_org) as n_org,
       floor(random() * 10)::int as k,                       -- stage index 0..9 -> 1..10 transitions (avg 5.5)
       timestamptz '2023-01-01 00:00:00+00' + random() * interval '1080 days' as created,
       floor(random() * 1000)::int as r1, floor(random() * 1000)::int as r2,
       random() as r3
from generate_series(1, :projects) g;

insert into project (id, local_code, name, description, owner_org_id, region_code, kind, funding_source, cross_department,
    plan_year, estimated_investment, approved_estimate, security_budget, planned_start, planned_end, stage,
    policy_pack_id, policy_pack_version, applied_on, created_by, created_at, updated_at, version)
select gen_random_uuid(), 'BENCH-' || lpad(p.g::text, 7, '0'),
       o.region_name || (array['智慧教育平台', '政务云迁移', '数据共享交换平台', '一网通办升级', '应急指挥系统',
           '智慧医疗信息系统', '城市运行管理中心', '电子证照库', '视频监控联网', '公共信用信息平台', '智慧农业监测',
           '不动产登记信息化'])[1 + p.r1 % 12] || '建设项目（' || p.g || '）',
       '基准测试数据 / benchmark data set',
       o.id, o.region_code,
       (array['CONSTRUCTION', 'CONSTRUCTION', 'CONSTRUCTION', 'OPERATION_MAINTENANCE', 'PURCHASED_SERVICE'])[1 + p.r2 % 5],
       (array['FISCAL', 'FISCAL', 'FISCAL', 'SPECIAL_BOND', 'SUPERIOR_SPECIAL_FUND', 'SELF_RAISED'])[1 + p.r2 % 6],
       false,
       extract(year from p.created)::int + (p.r2 % 2),
       round((100000 + p.r3 * p.r3 * 50000000)::numeric, 2),
       case when p.k >= 4 then round((100000 + p.r3 * p.r3 * 48000000)::numeric, 2) end,
       round((5000 + p.r3 * 2000000)::numeric, 2),
       (p.created + interval '60 days')::date, (p.created + interval '400 days')::date,
       s.stage,
       case when p.k >= 2 then o.pack end, case when p.k >= 2 then 1 end,
       case when p.k >= 2 then ((p.created + interval '40 days') at time zone 'Asia/Shanghai')::date end,
       'bench-seed', p.created, least(p.created + p.k * interval '20 days' + interval '1 hour', now()), p.k
from bench_p p
join bench_org o on o.i = p.g % p.n_org
join bench_stage s on s.i = p.k;

-- numbering of the seeded projects for the children below
create temp table bench_pp on commit drop as
select p.id, p.region_code, p.created_at, p.plan_year, s.i as k, row_number() over (order by p.local_code) as n
from project p join bench_stage s on s.stage = p.stage;
create index on bench_pp (id);

-- 申报 (APPLIED, +40 d) binds the pack: the binding history's first row
insert into pack_binding (id, project_id, pack_id, pack_version, kind, bound_on, bound_at, bound_by, reason)
select gen_random_uuid(), p.id, pr.policy_pack_id, pr.policy_pack_version, 'APPLIED', pr.applied_on,
       p.created_at + interval '40 days', 'bench-seed', null
from bench_pp p join project pr on pr.id = p.id
where pr.policy_pack_id is not null;

-- the append-only stage history: DRAFT .. current stage
insert into stage_transition (id, project_id, seq, from_stage, to_stage, actor, at, reason, effective_on)
select gen_random_uuid(), p.id, t.i + 1, f.stage, t.stage, 'bench-seed', p.created_at + t.i * interval '20 days',
       case when t.i = 0 then 'created' else 'bench' end,
       ((p.created_at + t.i * interval '20 days') at time zone 'Asia/Shanghai')::date
from bench_pp p join bench_stage t on t.i <= p.k left join bench_stage f on f.i = t.i - 1;

-- cross-department: every 10th Qufu project has the other Qufu unit as 参建部门
insert into project_participant (project_id, organisation_id)
select p.id, o.id from bench_pp p join project pr on pr.id = p.id
join organisation o on o.region_code = '370881' and o.kind = 'UNIT' and o.id <> pr.owner_org_id
where p.region_code = '370881' and p.n % 10 = 0;
update project set cross_department = true where id in (select project_id from project_participant);

-- reviews from IN_REVIEW on: a demand review (passed) and a technical review (open while IN_REVIEW)
insert into review (id, project_id, type, round, status, opened_by, opened_at, concluded_by, concluded_at, concluded_on,
    conclusion)
select gen_random_uuid(), p.id, r.type, 1, case when r.type = 'DEMAND_REVIEW' or p.k >= 4 then 'PASSED' else 'OPEN' end,
       'bench-seed', p.created_at + interval '60 days',
       case when r.type = 'DEMAND_REVIEW' or p.k >= 4 then 'bench-seed' end,
       case when r.type = 'DEMAND_REVIEW' or p.k >= 4 then p.created_at + interval '70 days' end,
       case when r.type = 'DEMAND_REVIEW' or p.k >= 4
            then ((p.created_at + interval '70 days') at time zone 'Asia/Shanghai')::date end,
       case when r.type = 'DEMAND_REVIEW' or p.k >= 4 then '同意 / approved' end
from bench_pp p cross join (values ('DEMAND_REVIEW'), ('TECHNICAL_REVIEW')) r(type)
where p.k >= 3;

insert into review_panel_member (review_id, username, display_name)
select r.id, e.username, e.display_name from review r
cross join (values ('expert-zhang', '张专家'), ('expert-li', '李专家'), ('expert-wang', '王专家')) e(username, display_name);

-- every panel expert signed a concluded round; expert-zhang has not yet signed open rounds (the mutation mix signs them)
insert into expert_opinion (id, review_id, expert, expert_name, conclusion, text, signed_at, signed_on)
select gen_random_uuid(), m.review_id, m.username, m.display_name,
       (array['APPROVE', 'APPROVE_WITH_CHANGES', 'APPROVE'])[1 + (abs(hashtext(m.username || r.id::text)) % 3)],
       '建议按评审意见完善方案后实施。', r.opened_at + interval '5 days',
       ((r.opened_at + interval '5 days') at time zone 'Asia/Shanghai')::date
from review_panel_member m join review r on r.id = m.review_id
where r.status <> 'OPEN' or m.username <> 'expert-zhang';

-- approvals from APPROVED on
insert into approval (id, project_id, kind, document_number, approved_on, approved_amount, issuing_body, recorded_by, recorded_at)
select gen_random_uuid(), p.id, a.kind, a.prefix || '〔' || p.plan_year || '〕' || p.n || '号',
       ((p.created_at + interval '80 days') at time zone 'Asia/Shanghai')::date, pr.approved_estimate, '发展和改革局', 'bench-seed',
       p.created_at + interval '80 days'
from bench_pp p join project pr on pr.id = p.id
cross join (values ('PROJECT_APPROVAL', '发改审批'), ('BUDGET_ESTIMATE', '发改投资')) a(kind, prefix)
where p.k >= 4;

-- documents (metadata; the content is a small placeholder whose size and SHA-256 match)
insert into document (id, project_id, type, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
select gen_random_uuid(), p.id, d.type, d.type || '-' || p.n || '.pdf', 'application/pdf', octet_length(c.content),
       encode(sha256(c.content), 'hex'), c.content, 'bench-seed',
       p.created_at + d.day * interval '1 day' + interval '30 minutes'
from bench_pp p
cross join lateral (select convert_to('bench placeholder ' || p.n, 'UTF8') as content) c
-- (uploaded on the day of the act it belongs to: the proposal at creation, the study with 申报, the experts' opinion
-- at the review's conclusion, the design with the approval, the contract at its signing, the report in construction)
join (values (0, 'PROJECT_PROPOSAL', 0, 0), (1, 'FEASIBILITY_STUDY_REPORT', 2, 40), (2, 'EXPERT_OPINION', 3, 70),
             (3, 'PRELIMINARY_DESIGN', 4, 80), (4, 'CONTRACT', 6, 130), (5, 'SUPERVISION_REPORT', 7, 140)) d(i, type, min_k, day)
  on p.k >= d.min_k;

-- transitions cite the documents they relied on (IN_REVIEW: the proposal, APPROVED: the feasibility study)
insert into stage_transition_document (transition_id, document_id)
select t.id, d.id from stage_transition t
join document d on d.project_id = t.project_id
 and ((t.to_stage = 'IN_REVIEW' and d.type = 'PROJECT_PROPOSAL') or (t.to_stage = 'APPROVED' and d.type = 'FEASIBILITY_STUDY_REPORT'));

-- platform filings and annual plan / budget entries
insert into project_fact (id, project_id, category, value, on_date, reference, recorded_by, recorded_at)
select gen_random_uuid(), p.id, 'PLATFORM_FILING', 'PROJECT_REGISTERED',
       ((p.created_at + interval '40 days') at time zone 'Asia/Shanghai')::date,
       'REG-' || p.n, 'bench-seed', p.created_at + interval '40 days' + interval '2 hours'
from bench_pp p where p.k >= 2;

insert into funding_entry (id, project_id, year, kind, amount, document_number, entered_by, entered_at)
select gen_random_uuid(), p.id, p.plan_year, f.kind, round(pr.estimated_investment * f.share, 2), f.kind || '-' || p.n,
       'bench-seed', p.created_at + interval '100 days'
from bench_pp p join project pr on pr.id = p.id
cross join (values ('ANNUAL_PLAN', 0.6), ('BUDGET', 0.5)) f(kind, share)
where p.k >= 5;

-- findings: about a third of the projects have one (a quarter of those resolved), some a second one
insert into finding (id, project_id, key, code, severity, pack_id, article, quote, message_en, message_zh, facts, raised_at, resolved_at)
select gen_random_uuid(), p.id, f.code || ':project', f.code, f.severity, pr.policy_pack_id, f.article, null,
       f.en, f.zh, '{}'::jsonb, p.created_at + interval '90 days',
       case when p.n % 4 = 0 then p.created_at + interval '120 days' end
from bench_pp p join project pr on pr.id = p.id
join (values (0, 'DEADLINE_MISSED', 'WARNING', 'art.12', 'A deadline was missed', '逾期未完成'),
             (1, 'INVESTMENT_OVERRUN', 'ERROR', 'art.21', 'The estimate was exceeded', '超概算')) f(i, code, severity, article, en, zh)
  on (f.i = 0 and p.n % 3 = 0) or (f.i = 1 and p.n % 7 = 0);

create schema if not exists bench;
drop table if exists bench.seed_info;
create table bench.seed_info (projects integer not null, seeded_at timestamptz not null, touched boolean not null);
insert into bench.seed_info values (:projects, now(), false);
commit;
