-- The frontend's combined search (stage + year, often with region and name text) walked project_created_idx and
-- filtered some 10,000 rows for one page at 100,000 projects (237 ms). With the stage and year in front of the
-- keyset order, the page reads only its stage-year slice in order (17 ms) and totalCount counts that slice
-- (bench/run.sh scenario (b), docs/performance.md).
create index project_stage_year_created_idx on project (stage, plan_year, created_at, id);
