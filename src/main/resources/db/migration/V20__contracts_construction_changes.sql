-- Procurement contracts (合同), one project has several (construction, supervision 监理, evaluation, other services).
create table contract (
    id                      uuid primary key,
    project_id              uuid           not null references project (id),
    kind                    text           not null check (kind in ('CONSTRUCTION', 'SUPERVISION', 'EVALUATION', 'OTHER_SERVICE')),
    title                   text           not null,
    supplier_name           text           not null,
    -- 统一社会信用代码 (GB 32100); the shape is checked, a failed check character is kept and flagged.
    supplier_credit_code    text           not null check (length(supplier_credit_code) = 18),
    credit_code_check_valid boolean        not null,
    award_notice_on         date,
    signed_on               date,
    filed_on                date,
    amount                  numeric(16, 2) check (amount >= 0),
    implementation_months   integer        check (implementation_months > 0),
    warranty_months         integer        check (warranty_months >= 0),
    ip_ownership            boolean        not null default false,
    data_ownership          boolean        not null default false,
    confidentiality         boolean        not null default false,
    acceptance_criteria     boolean        not null default false,
    ip_breach_liability     boolean        not null default false,
    recorded_by             text           not null,
    recorded_at             timestamptz    not null,
    updated_at              timestamptz    not null,
    version                 bigint         not null default 0
);
create index contract_project_idx on contract (project_id);

-- 项目建设主体责任书 (Qufu art.24): signed after the budget is released, then filed; one per project.
create table responsibility_letter (
    project_id  uuid primary key references project (id),
    signed_on   date        not null,
    filed_on    date        not null,
    reference   text,
    recorded_by text        not null,
    recorded_at timestamptz not null
);

-- Reports during construction: progress, yearly performance, serious delay or loss, supervision (监理) reports.
create table construction_report (
    id          uuid primary key,
    project_id  uuid        not null references project (id),
    kind        text        not null check (kind in ('PROGRESS', 'PERFORMANCE', 'SERIOUS_DELAY', 'SERIOUS_LOSS', 'SUPERVISION')),
    year        integer     not null check (year between 2000 and 2100),
    period      text,
    reported_on date        not null,
    summary     text        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null
);
create index construction_report_project_idx on construction_report (project_id, reported_on);

-- Change requests to approved content; decided by the bound pack's ChangePolicy, never deleted.
create table change_request (
    id                 uuid primary key,
    project_id         uuid           not null references project (id),
    seq                integer        not null,
    description        text           not null,
    added_amount       numeric(16, 2) not null check (added_amount >= 0),
    removed_amount     numeric(16, 2) not null check (removed_amount >= 0),
    new_content_amount numeric(16, 2) not null check (new_content_amount >= 0),
    tender_savings     numeric(16, 2) not null check (tender_savings >= 0),
    approved_estimate  numeric(16, 2) not null,
    proposed_total     numeric(16, 2) not null check (proposed_total >= 0),
    objective_unchanged boolean       not null,
    major_change       boolean        not null,
    reason             text           not null check (reason in ('HIGHER_LEVEL_REQUIREMENT', 'TECHNICAL_OPTIMISATION', 'BUSINESS_NEED_WITHIN_PLAN', 'OTHER')),
    outcome            text           not null check (outcome in ('FILING', 'RE_APPROVAL')),
    arithmetic         text           not null,
    reasons            text           not null,
    pack_id            text           not null,
    pack_version       integer        not null,
    status             text           not null check (status in ('AWAITING_FILING', 'AWAITING_APPROVAL', 'APPROVED', 'REJECTED')),
    requested_by       text           not null,
    requested_at       timestamptz    not null,
    decided_on         date,
    decided_by         text,
    document_number    text,
    decision_note      text,
    version            bigint         not null default 0,
    unique (project_id, seq)
);
create index change_request_project_idx on change_request (project_id);
