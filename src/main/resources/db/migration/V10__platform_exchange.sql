-- Provincial platform exchange (docs/platform-exchange.md): pushed approval items, idempotency keys,
-- the transactional outbox, webhook subscriptions and their deliveries.

-- One row per approval item (办件) the platform pushed, upserted by its APPROVAL_ITEMID.
create table platform_approval_item (
    approval_item_id text          primary key,
    project_id       uuid          not null references project (id),
    project_code     text          not null,
    item_code        text          not null,
    approval_kind    text          not null,
    current_state    text          not null,
    deal_time        timestamptz   not null,
    plan_finish_date date,
    dept_code        text          not null,
    dept_name        text,
    division_code    varchar(6)    not null,
    approval_num     text,
    approval_money   numeric(16, 2) check (approval_money >= 0),
    approval_id      uuid references approval (id),
    content_hash     varchar(64)   not null,
    pushed_by        text          not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0
);
create index platform_approval_item_project_idx on platform_approval_item (project_id);

-- Idempotency-Key replay store: the first successful response per (caller, key); failures are not stored.
create table idempotency_key (
    key             text        not null,
    caller          text        not null,
    request_hash    varchar(64) not null,
    response_status integer     not null,
    response_body   text        not null,
    created_at      timestamptz not null,
    primary key (caller, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);

-- Transactional outbox: written in the transaction of the change; seq orders the events of one project.
create table outbox_event (
    id          uuid        primary key,
    project_id  uuid        not null references project (id),
    region_code varchar(6)  not null,
    seq         bigint      not null,
    type        text        not null,
    payload     jsonb       not null,
    created_at  timestamptz not null,
    unique (project_id, seq)
);

-- Webhook subscriptions of provincial platforms (managed by admin); a province receives its projects' events.
create table platform_subscription (
    id          uuid        primary key,
    region_code varchar(6)  not null check (region_code ~ '^[0-9]{2}0000$'),
    url         text        not null,
    secret      text        not null,
    active      boolean     not null default true,
    created_by  text        not null,
    created_at  timestamptz not null
);

-- One delivery per (event, subscription): attempts, back-off and dead-letter (PARKED) state.
create table outbox_delivery (
    id              uuid        primary key,
    event_id        uuid        not null references outbox_event (id),
    subscription_id uuid        not null references platform_subscription (id),
    project_id      uuid        not null,
    seq             bigint      not null,
    status          text        not null check (status in ('PENDING', 'DELIVERED', 'PARKED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    delivered_at    timestamptz,
    created_at      timestamptz not null,
    unique (event_id, subscription_id)
);
create index outbox_delivery_due_idx on outbox_delivery (next_attempt_at) where status = 'PENDING';
create index outbox_delivery_stream_idx on outbox_delivery (subscription_id, project_id, seq);
create index outbox_delivery_parked_idx on outbox_delivery (created_at) where status = 'PARKED';
