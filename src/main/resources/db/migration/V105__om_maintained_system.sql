-- An O&M (运维) project and the systems in operation it maintains (issue #20): recorded by the O&M project's unit.
create table om_maintained_system (
    om_project_id     uuid         not null references project (id),
    system_project_id uuid         not null references project (id),
    recorded_by       varchar(100) not null,
    recorded_at       timestamptz  not null,
    primary key (om_project_id, system_project_id),
    check (om_project_id <> system_project_id)
);
create index om_maintained_system_system on om_maintained_system (system_project_id);

-- Next year's O&M budget proposal for a system in operation, sent to finance by the authority (jiangxi-2024 art.36).
create table om_budget_proposal (
    project_id      uuid         not null references project (id),
    year            int          not null check (year between 2000 and 2100),
    sent_on         date         not null,
    document_number varchar(100),
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null,
    primary key (project_id, year)
);
