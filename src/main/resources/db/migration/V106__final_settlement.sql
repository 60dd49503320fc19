-- The final settlement (决算) of a project after final acceptance, and the return of the surplus it leaves (issue #20:
-- jianshan-2024 item 22, wushan-2022 art.19, qufu-2024 art.25, baotou-2024 art.20, jiangxi-2024 art.38).
create table final_settlement (
    project_id      uuid          primary key references project (id),
    settled_on      date          not null,
    amount          numeric(16,2) not null check (amount >= 0),
    funded_amount   numeric(16,2) not null check (funded_amount >= 0),
    document_number varchar(100)  not null,
    recorded_by     varchar(100)  not null,
    recorded_at     timestamptz   not null,
    check (amount <= funded_amount)
);

create table surplus_return (
    project_id      uuid          primary key references final_settlement (project_id),
    returned_on     date          not null,
    amount          numeric(16,2) not null check (amount > 0),
    returned_to     varchar(200)  not null,
    document_number varchar(100),
    recorded_by     varchar(100)  not null,
    recorded_at     timestamptz   not null
);
