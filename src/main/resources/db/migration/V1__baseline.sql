-- Baseline: jurisdictions, organisations, projects and their lifecycle records.
-- Money is numeric(16,2) CNY; instants are timestamptz (stored UTC); dates are Asia/Shanghai calendar dates.

create table region (
    code        varchar(6) primary key check (code ~ '^[0-9]{6}$'),
    name        text    not null,
    parent_code varchar(6) references region (code),
    level       text    not null check (level in ('PROVINCE', 'PREFECTURE', 'COUNTY'))
);

create table organisation (
    id                  uuid primary key,
    credit_code         varchar(18) not null unique,
    name                text        not null,
    region_code         varchar(6)     not null references region (code),
    kind                text        not null check (kind in ('UNIT', 'AUTHORITY', 'NDRC', 'FINANCE', 'OVERSIGHT', 'SUPPLIER')),
    parent_authority_id uuid references organisation (id),
    created_at          timestamptz not null,
    version             bigint      not null default 0
);

create table project (
    id                     uuid primary key,
    local_code             varchar(40)   not null unique,
    national_code          varchar(24) unique,
    name                   text          not null,
    description            text,
    owner_org_id           uuid          not null references organisation (id),
    region_code            varchar(6)       not null references region (code),
    kind                   text          not null,
    funding_source         text          not null,
    parent_project_id      uuid references project (id),
    phase_no               integer,
    cross_department       boolean       not null default false,
    plan_year              integer       not null,
    estimated_investment   numeric(16, 2) not null check (estimated_investment >= 0),
    approved_estimate      numeric(16, 2) check (approved_estimate >= 0),
    security_budget        numeric(16, 2) check (security_budget >= 0),
    planned_start          date,
    planned_end            date,
    stage                  text          not null,
    stage_before_suspension text,
    policy_pack_id         text,
    policy_pack_version    integer,
    applied_on             date,
    created_by             text          not null,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    version                bigint        not null default 0,
    check (planned_end is null or planned_start is null or planned_end >= planned_start)
);
create index project_region_idx on project (region_code varchar_pattern_ops, id);
create index project_owner_idx on project (owner_org_id);
create index project_stage_idx on project (stage, id);
create index project_year_idx on project (plan_year, id);
create index project_parent_idx on project (parent_project_id);
create index project_updated_idx on project (updated_at, id);

create sequence project_local_code_seq;

create table project_participant (
    project_id      uuid not null references project (id),
    organisation_id uuid not null references organisation (id),
    primary key (project_id, organisation_id)
);
create index project_participant_org_idx on project_participant (organisation_id);

create table document (
    id           uuid primary key,
    project_id   uuid         not null references project (id),
    type         text         not null,
    file_name    text         not null,
    content_type text         not null,
    size_bytes   bigint       not null check (size_bytes >= 0),
    sha256       varchar(64)  not null,
    content      bytea        not null,
    uploaded_by  text         not null,
    uploaded_at  timestamptz  not null
);
create index document_project_idx on document (project_id);

create table stage_transition (
    id         uuid primary key,
    project_id uuid        not null references project (id),
    seq        integer     not null,
    from_stage text,
    to_stage   text        not null,
    actor      text        not null,
    at         timestamptz not null,
    reason     text,
    unique (project_id, seq)
);

create table stage_transition_document (
    transition_id uuid not null references stage_transition (id),
    document_id   uuid not null references document (id),
    primary key (transition_id, document_id)
);

create table review (
    id                 uuid primary key,
    project_id         uuid        not null references project (id),
    type               text        not null,
    round              integer     not null,
    status             text        not null check (status in ('OPEN', 'PASSED', 'REJECTED')),
    opened_by          text        not null,
    opened_at          timestamptz not null,
    concluded_by       text,
    concluded_at       timestamptz,
    conclusion         text,
    previous_review_id uuid references review (id),
    version            bigint      not null default 0,
    unique (project_id, type, round)
);
create index review_project_idx on review (project_id);

create table review_panel_member (
    review_id   uuid not null references review (id),
    username    text not null,
    display_name text not null,
    primary key (review_id, username)
);

create table expert_opinion (
    id         uuid primary key,
    review_id  uuid        not null references review (id),
    expert     text        not null,
    expert_name text       not null,
    conclusion text        not null check (conclusion in ('APPROVE', 'APPROVE_WITH_CHANGES', 'REJECT')),
    text       text        not null,
    signed_at  timestamptz not null,
    unique (review_id, expert)
);

create table approval (
    id              uuid primary key,
    project_id      uuid          not null references project (id),
    kind            text          not null,
    document_number text          not null,
    approved_on     date          not null,
    approved_amount numeric(16, 2) check (approved_amount >= 0),
    issuing_body    text          not null,
    recorded_by     text          not null,
    recorded_at     timestamptz   not null,
    unique (project_id, kind, document_number)
);
create index approval_project_idx on approval (project_id);

create table audit_event (
    id          bigserial primary key,
    project_id  uuid,
    entity      text        not null,
    entity_id   text        not null,
    action      text        not null,
    actor       text        not null,
    at          timestamptz not null,
    details     jsonb       not null default '{}'::jsonb
);
create index audit_event_project_idx on audit_event (project_id, id);
