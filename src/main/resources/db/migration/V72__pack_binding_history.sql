-- Issue #16: which pack version judged a project from when, and why (申报 binds; an administrator re-binds).
-- Append-only like stage_transition; project.policy_pack_id/version stay the current binding.
create table pack_binding (
    id           uuid primary key,
    project_id   uuid        not null references project (id),
    pack_id      text        not null,
    pack_version integer     not null check (pack_version > 0),
    kind         text        not null check (kind in ('APPLIED', 'REBOUND')),
    bound_on     date        not null,
    bound_at     timestamptz not null,
    bound_by     text        not null,
    reason       text
);
create index pack_binding_project on pack_binding (project_id, bound_at);

-- Projects bound before this history existed: one APPLIED row from their 申报.
insert into pack_binding (id, project_id, pack_id, pack_version, kind, bound_on, bound_at, bound_by, reason)
select gen_random_uuid(), p.id, p.policy_pack_id, p.policy_pack_version, 'APPLIED',
       coalesce(p.applied_on, (p.created_at at time zone 'Asia/Shanghai')::date), coalesce(p.updated_at, now()),
       'migration', 'binding before the history was kept (V72)'
from project p
where p.policy_pack_id is not null;
