-- Panel draws (专家抽取, issue #15 item 2, ADR 0011): seat states, the draw record, manual appointment, conflicts.

-- A seat on a round's panel. "On the panel" (counted by the expert-step gates, may sign) = APPOINTED or ACCEPTED.
alter table review_panel_member
    add column state          varchar(10) not null default 'APPOINTED'
        check (state in ('APPOINTED', 'INVITED', 'ACCEPTED', 'DECLINED')),
    add column draw_id        uuid,
    add column seat_no        integer     not null default 0,
    add column decline_reason varchar(500),
    add column answered_at    timestamptz,
    add column replaces       varchar(255);

-- Rounds whose panel was typed in by hand (openReview's panel): flagged, with the named reason and who appointed.
alter table review
    add column manually_appointed boolean not null default false,
    add column appointment_reason varchar(500),
    add column appointed_by       text;

-- Rounds opened before draws existed had hand-typed panels: flag them honestly.
update review r
set manually_appointed = true,
    appointment_reason = 'recorded before panel draws existed (V100)',
    appointed_by       = r.opened_by
where exists (select 1 from review_panel_member m where m.review_id = r.id);

create table panel_draw (
    id                 uuid primary key,
    review_id          uuid         not null references review (id),
    draw_no            integer      not null,
    fields             jsonb        not null,
    requested_count    integer      not null check (requested_count between 1 and 50),
    requested_reserves integer      not null check (requested_reserves between 0 and 20),
    seed               bigint       not null,
    -- the eligible candidates' usernames, sorted: with the seed, enough to replay the draw (PanelDraw)
    candidates         jsonb        not null,
    panel              jsonb        not null,
    reserves           jsonb        not null,
    reserves_used      integer      not null default 0,
    shortfall          integer      not null default 0,
    excluded           jsonb        not null,
    pool_as_of         timestamptz,
    pool_stale         boolean      not null,
    drawn_by           text         not null,
    drawn_at           timestamptz  not null,
    version            bigint       not null default 0,
    unique (review_id, draw_no)
);

create table expert_conflict (
    id          uuid primary key,
    project_id  uuid         not null references project (id),
    expert      varchar(255) not null,
    reason      varchar(500) not null,
    declared_at timestamptz  not null,
    unique (project_id, expert)
);
create index expert_conflict_project_idx on expert_conflict (project_id);
