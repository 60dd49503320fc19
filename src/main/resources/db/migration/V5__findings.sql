-- Findings: raised when a deadline is missed or a threshold crossed, resolved when cured, never deleted.
create table finding (
    id          uuid primary key,
    project_id  uuid        not null references project (id),
    key         text        not null,
    code        text        not null,
    severity    text        not null check (severity in ('INFO', 'WARNING', 'ERROR')),
    pack_id     text,
    article     text,
    quote       text,
    message_en  text        not null,
    message_zh  text        not null,
    facts       jsonb       not null default '{}'::jsonb,
    raised_at   timestamptz not null,
    resolved_at timestamptz
);
-- At most one open finding per key and project; a cured and re-raised finding is a new row.
create unique index finding_open_key_idx on finding (project_id, key) where resolved_at is null;
create index finding_project_idx on finding (project_id, raised_at);
create index finding_open_severity_idx on finding (severity, raised_at) where resolved_at is null;

-- Each run of the daily scan, whichever replica ran it.
create table scan_run (
    id          bigserial primary key,
    started_at  timestamptz not null,
    finished_at timestamptz,
    projects    integer     not null default 0,
    raised      integer     not null default 0,
    resolved    integer     not null default 0,
    status      text        not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    message     text
);
