-- The scheduled daily scan runs once per business day across replicas (#14 item 5): a replica that finds the
-- day's run already recorded skips, and the unique index makes a second run of the same day impossible even if
-- two replicas raced past the advisory lock. Manual runs (scan_day null) are not limited.
alter table scan_run add column scan_day date;
create unique index scan_run_scan_day_uq on scan_run (scan_day) where scan_day is not null;
