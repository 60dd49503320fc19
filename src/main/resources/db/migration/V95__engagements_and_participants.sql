-- Issue #15: engagements (supervision, evaluation recorded for a legal period; panel seats and contracts are derived)
-- and participants with an approval status and explicit rights.
create table engagement (
    id              uuid primary key,
    project_id      uuid         not null references project (id),
    kind            varchar(20)  not null check (kind in ('SUPERVISION', 'EVALUATION')),
    username        varchar(100),
    organisation_id uuid references organisation (id),
    valid_from      date         not null,
    valid_to        date,
    note            varchar(500),
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null,
    ended_by        varchar(100),
    ended_at        timestamptz,
    check ((username is null) <> (organisation_id is null)),
    check (valid_to is null or valid_to >= valid_from)
);
create index engagement_project_idx on engagement (project_id);
create index engagement_username_idx on engagement (username) where username is not null;
create index engagement_organisation_idx on engagement (organisation_id) where organisation_id is not null;

-- Existing participants keep their access: approved, allowed to contribute documents.
alter table project_participant
    add column status      varchar(10)  not null default 'APPROVED' check (status in ('PENDING', 'APPROVED')),
    add column rights      varchar(24)  not null default 'CONTRIBUTE_DOCUMENTS'
        check (rights in ('READ', 'CONTRIBUTE_DOCUMENTS', 'EDIT')),
    add column added_by    varchar(100),
    add column added_at    timestamptz,
    add column approved_by varchar(100),
    add column approved_at timestamptz;

-- Contracts engage their supplier: the scope of a supervisor / evaluator looks them up by credit code.
create index contract_supplier_kind_idx on contract (supplier_credit_code, kind);
create index review_panel_member_username_idx on review_panel_member (username);
