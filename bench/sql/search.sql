-- pgbench script: scenario (b)'s filtered search as the service runs it (DRAFT, replaced from pg_stat_statements)
\set r random(1, 6)
\set s random(1, 9)
\set y random(2023, 2026)
\set w random(1, 12)
select p.id, p.local_code, p.name, p.stage, p.plan_year, p.region_code, p.estimated_investment, p.updated_at, o.name
from project p join organisation o on o.id = p.owner_org_id
where p.region_code like (array['370881', '36', '230502', '500237', '1502', '37'])[:r] || '%'
  and p.stage in ((array['DRAFT', 'LIBRARY', 'APPLIED', 'IN_REVIEW', 'APPROVED', 'FUNDED', 'PROCUREMENT', 'CONSTRUCTION', 'TRIAL_RUN'])[:s])
  and p.plan_year = :y
  and lower(p.name) like '%' || (array['教育', '政务云', '数据共享', '一网通办', '应急指挥', '医疗', '城市运行', '电子证照', '视频监控', '信用', '农业', '不动产'])[:w] || '%'
order by p.created_at desc, p.id desc limit 21;
