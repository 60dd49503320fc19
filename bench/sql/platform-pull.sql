-- pgbench script: scenario (c)'s platform pull as the service runs it (DRAFT)
select p.* from project p where p.region_code like '37%' and p.updated_at < now() - interval '5 seconds'
order by p.updated_at, p.id limit 101;
