-- Issue #16: holiday years uploaded by an administrator (holiday-cn JSON, as in src/main/resources/holidays).
-- Every upload is kept; the newest revision of a year is the one in use, and it wins over a year in the jar.
create table holiday_year (
    year        integer     not null check (year between 2000 and 2100),
    revision    integer     not null check (revision > 0),
    body        text        not null,
    reason      text,
    uploaded_by text        not null,
    uploaded_at timestamptz not null,
    primary key (year, revision)
);
