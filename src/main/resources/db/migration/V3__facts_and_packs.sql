-- Uploaded policy pack versions (built-in packs ship in the jar), and declared project facts.

create table policy_pack (
    id          text        not null,
    version     integer     not null check (version > 0),
    body        text        not null,
    uploaded_by text        not null,
    uploaded_at timestamptz not null,
    primary key (id, version)
);

-- Attestations (confirmed by an authority), exclusion grounds (declared), platform filings (recorded).
create table project_fact (
    id          uuid primary key,
    project_id  uuid        not null references project (id),
    category    text        not null check (category in ('ATTESTATION', 'EXCLUSION', 'PLATFORM_FILING')),
    value       text        not null,
    on_date     date        not null,
    reference   text,
    note        text,
    recorded_by text        not null,
    recorded_at timestamptz not null,
    unique (project_id, category, value)
);
create index project_fact_project_idx on project_fact (project_id);
