-- Legal dates (issue #13): every stage move carries the date of the act it records (the 批复, the 开工, the 验收
-- conclusion), which is what rules count from; `at` stays the moment it was recorded (audit data only).
alter table stage_transition add column effective_on date;
update stage_transition set effective_on = (at at time zone 'Asia/Shanghai')::date;
alter table stage_transition alter column effective_on set not null;

-- A wrongly entered legal date is corrected, never overwritten silently: every correction keeps both values,
-- the reason, who and when.
create table act_date_correction (
    id             uuid primary key,
    project_id     uuid        not null references project (id),
    transition_id  uuid        not null references stage_transition (id),
    from_date      date        not null,
    to_date        date        not null,
    reason         text        not null,
    actor          text        not null,
    at             timestamptz not null
);
create index act_date_correction_transition_idx on act_date_correction (transition_id);
