-- The business days (Asia/Shanghai) on which a reminder run finished its people's part (reminders and digests, one
-- transaction). The week's escalation digest is due on a run with no finished run earlier in the same ISO week: on the
-- first working day, or on the next run after the service missed that day (ADR 0006, "Catch-up").
create table reminder_run (
    day         date        primary key,
    finished_at timestamptz not null
);
