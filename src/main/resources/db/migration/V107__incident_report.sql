-- Serious delay (工程严重逾期) and major loss (投资重大损失) reports by the project unit (issue #20: jianshan-2024 item 22,
-- wushan-2022 art.18, jiangxi-2024 art.28); the authority of the jurisdiction is notified.
create table incident_report (
    id          uuid          primary key,
    project_id  uuid          not null references project (id),
    kind        varchar(10)   not null check (kind in ('DELAY', 'LOSS')),
    reported_on date          not null,
    description varchar(2000) not null,
    loss_amount numeric(16,2) check (loss_amount >= 0),
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null,
    check ((kind = 'LOSS') = (loss_amount is not null))
);
create index incident_report_project on incident_report (project_id, reported_on);
