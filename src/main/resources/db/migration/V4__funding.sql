-- Annual investment plan (年度投资计划) and budget (预算下达) entries per project and year.
create table funding_entry (
    id              uuid primary key,
    project_id      uuid          not null references project (id),
    year            integer       not null check (year between 2000 and 2100),
    kind            text          not null check (kind in ('ANNUAL_PLAN', 'BUDGET')),
    amount          numeric(16, 2) not null check (amount >= 0),
    document_number text,
    entered_by      text          not null,
    entered_at      timestamptz   not null,
    unique (project_id, year, kind)
);
create index funding_entry_project_idx on funding_entry (project_id);
