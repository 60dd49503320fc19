-- Name search on the project list (lower(name) like '%…%') uses a trigram index instead of a sequential scan.
create extension if not exists pg_trgm;
create index project_name_trgm_idx on project using gin (lower(name) gin_trgm_ops);
-- Organisation filter and scope (owner or participant) and investment range.
create index project_owner_created_idx on project (owner_org_id, created_at, id);
create index project_investment_idx on project (estimated_investment, id);
-- Keyset order of the default list.
create index project_created_idx on project (created_at, id);
