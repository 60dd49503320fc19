-- Reminders, in-service notifications, e-mail and per-user channel preferences (issue #18 part A, ADR 0006).

-- One row per reminder ever decided: the primary key makes each at most once across restarts and replicas
-- (insert ... on conflict do nothing). Key: project, deadline key (pack:rule:subject), step (D-5, D0, MISSED), recipient.
create table reminder (
    reminder_key  varchar(400) primary key,
    project_id    uuid         not null,
    deadline_key  varchar(200) not null,
    step          varchar(20)  not null,
    kind          varchar(40)  not null,
    recipient     varchar(100) not null,
    due           date         not null,
    on_day        date         not null,
    created_at    timestamptz  not null
);
create index reminder_recipient_day on reminder (recipient, on_day);

-- What a person sees in the service (the notifications connection).
create table notification (
    id            uuid         primary key,
    recipient     varchar(100) not null,
    kind          varchar(40)  not null,
    mandatory     boolean      not null,
    project_id    uuid,
    reminder_key  varchar(400) references reminder (reminder_key),
    title_zh      varchar(500) not null,
    title_en      varchar(500) not null,
    body_zh       text         not null,
    body_en       text         not null,
    citation      varchar(100),
    due           date,
    created_at    timestamptz  not null,
    read_at       timestamptz
);
create index notification_recipient on notification (recipient, created_at desc, id desc);
create index notification_unread on notification (recipient) where read_at is null;

-- Channels a person chose for one non-mandatory kind; no row means every channel.
create table notification_preference (
    username      varchar(100) not null,
    kind          varchar(40)  not null,
    in_app        boolean      not null,
    email         boolean      not null,
    updated_at    timestamptz  not null,
    primary key (username, kind)
);

-- Outgoing e-mail (daily and weekly digests). mail_key (person + date + kind) keeps each digest once; failures are
-- recorded per message with a code and retried with back-off, so one bad address never blocks the others.
create table mail_message (
    id              uuid         primary key,
    mail_key        varchar(200) not null unique,
    recipient       varchar(100) not null,
    address         varchar(320),
    kind            varchar(40)  not null,
    subject         varchar(500) not null,
    body            text         not null,
    status          varchar(20)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    error_code      varchar(40),
    error           varchar(1000),
    created_at      timestamptz  not null,
    sent_at         timestamptz
);
create index mail_message_due on mail_message (next_attempt_at) where status = 'PENDING';
