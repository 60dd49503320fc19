-- Acceptance (验收) steps as an append-only log: completion, preliminary acceptance, pre-acceptance review,
-- confirmations, application, extension request, archive acceptance, final result, rectification, opinion filed.
create table acceptance_step (
    id          uuid primary key,
    project_id  uuid        not null references project (id),
    seq         integer     not null,
    kind        text        not null check (kind in ('COMPLETED', 'PRELIMINARY_ACCEPTANCE', 'PRE_ACCEPTANCE_REVIEW',
                    'DATA_SHARING_CONFIRMATION', 'CRYPTO_CONFIRMATION', 'APPLIED', 'EXTENSION_REQUESTED',
                    'ARCHIVE_ACCEPTANCE', 'FINAL_ACCEPTANCE', 'RECTIFICATION_PLAN', 'OPINION_FILED')),
    on_date     date        not null,
    passed      boolean,
    due_on      date,
    reference   text,
    note        text,
    recorded_by text        not null,
    recorded_at timestamptz not null
);
create unique index acceptance_step_project_idx on acceptance_step (project_id, seq);

-- Self-evaluations (自评价) by the unit and third-party post-evaluations (后评价) with score and conclusion.
create table evaluation (
    id          uuid primary key,
    project_id  uuid          not null references project (id),
    kind        text          not null check (kind in ('SELF', 'THIRD_PARTY')),
    on_date     date          not null,
    score       numeric(5, 2) check (score between 0 and 100),
    conclusion  text          check (conclusion in ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')),
    evaluator   text,
    summary     text          not null,
    recorded_by text          not null,
    recorded_at timestamptz   not null
);
create index evaluation_project_idx on evaluation (project_id, on_date);
