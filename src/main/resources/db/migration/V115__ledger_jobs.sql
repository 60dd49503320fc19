-- Background jobs of the ledger (台账, issue #17): imports and large exports, stored here so they survive a restart
-- and run on one replica only (claimed with FOR UPDATE SKIP LOCKED, ADR 0014). The uploaded file and the result
-- file are kept in the row (bytea): every replica reads them, backups include them, and they expire with the job.
create table ledger_job (
    id            uuid primary key,
    kind          varchar(24)  not null check (kind in ('LEDGER_EXPORT', 'IMPORT_DRY_RUN', 'IMPORT_COMMIT',
                                                         'DOSSIER', 'AUDIT_EXPORT')),
    state         varchar(12)  not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    requested_by  varchar(200) not null,
    -- The requester's roles, org_code and region_code: the job runs with exactly the rights of its requester.
    requester     jsonb        not null,
    params        jsonb        not null,
    input         bytea,
    rows_done     integer      not null default 0,
    rows_total    integer,
    owner         varchar(100),
    heartbeat_at  timestamptz,
    attempts      integer      not null default 0,
    result        bytea,
    result_name   varchar(200),
    result_type   varchar(100),
    errors        jsonb,
    created_at    timestamptz  not null,
    started_at    timestamptz,
    finished_at   timestamptz
);
create index ledger_job_claim on ledger_job (created_at) where state in ('QUEUED', 'RUNNING');
create index ledger_job_requester on ledger_job (requested_by, created_at desc);
