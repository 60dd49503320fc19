-- When the day's last finished reminder run started: a later run of the same day walks only the projects changed
-- since then (minus a margin for the replicas' clocks), because an unchanged project's due items are the same all
-- day (ADR 0006, "Later runs of a day").
alter table reminder_run add column started_at timestamptz;
