-- Orders to rectify (限期整改) and findings raised by hand by oversight roles (issue #18). Never deleted: each step
-- is a row of rectification_step, each escalation a row of rectification_escalation.
create table rectification_order (
    id                uuid primary key,
    project_id        uuid         not null references project (id),
    kind              text         not null check (kind in ('ORDER', 'FINDING')),
    state             text         not null check (state in ('ISSUED', 'REPORTED', 'ACCEPTED', 'ESCALATED')),
    text              varchar(2000) not null,
    severity          text         not null check (severity in ('INFO', 'WARNING', 'ERROR')),
    pack_id           text         not null,
    pack_version      integer      not null,
    article           text         not null,
    quote             varchar(2000),
    issued_on         date         not null,
    due_on            date,
    reported_on       date,
    issued_by         text         not null,
    issuer_org_code   text,
    issuer_region     text,
    created_at        timestamptz  not null,
    version           integer      not null default 0,
    -- An order always has a time limit; a manual finding may have none.
    check (kind = 'FINDING' or due_on is not null),
    check (due_on is null or due_on > issued_on)
);
create index rectification_order_project_idx on rectification_order (project_id, issued_on);
create index rectification_order_open_idx on rectification_order (state, due_on) where state <> 'ACCEPTED';

create table rectification_step (
    id          uuid primary key,
    order_id    uuid         not null references rectification_order (id),
    seq         integer      not null,
    action      text         not null check (action in ('ISSUE', 'RAISE', 'REPORT', 'ACCEPT', 'REJECT', 'ESCALATE', 'LIFT')),
    actor       text         not null,
    on_date     date         not null,
    text        varchar(2000),
    due_on      date,
    measure     text,
    at          timestamptz  not null,
    unique (order_id, seq)
);

create table rectification_step_document (
    step_id     uuid not null references rectification_step (id),
    document_id uuid not null references document (id),
    primary key (step_id, document_id)
);

create table rectification_escalation (
    id            uuid primary key,
    order_id      uuid        not null references rectification_order (id),
    project_id    uuid        not null references project (id),
    pack_id       text        not null,
    measure_code  text        not null,
    kind          text        not null check (kind in ('NOTICE_OF_CRITICISM', 'SUSPEND_FUNDING', 'SUSPEND_CONSTRUCTION', 'TERMINATE')),
    article       text        not null,
    quote         text        not null,
    decided_on    date        not null,
    decided_by    text        not null,
    lifted_on     date,
    lifted_by     text,
    lift_reason   varchar(2000)
);
-- A measure is in force at most once per order; once lifted it may be taken again.
create unique index rectification_escalation_active_measure_idx on rectification_escalation (order_id, measure_code)
    where lifted_on is null;
create index rectification_escalation_active_idx on rectification_escalation (project_id, kind) where lifted_on is null;
