-- Re-approval of a change request as a real round (docs/adr/0004-change-re-approval-round.md):
-- a CHANGE_REVIEW round and a CHANGE_APPROVAL approval are linked to the change they are about.

alter table review add column change_request_id uuid references change_request (id);
-- Rounds of a change review are numbered per change; other reviews keep one numbering per project and type.
alter table review drop constraint review_project_id_type_round_key;
create unique index review_round_uq on review (project_id, type,
    coalesce(change_request_id, '00000000-0000-0000-0000-000000000000'::uuid), round);
create index review_change_request_idx on review (change_request_id) where change_request_id is not null;
alter table review add constraint review_change_type_ck
    check ((type = 'CHANGE_REVIEW') = (change_request_id is not null));

alter table approval add column change_request_id uuid references change_request (id);
create unique index approval_change_request_uq on approval (change_request_id) where change_request_id is not null;
alter table approval add constraint approval_change_kind_ck
    check ((kind = 'CHANGE_APPROVAL') = (change_request_id is not null));

-- The pack's reason for a review round before the re-approval, decided with the outcome when the change was
-- requested (tab-separated like change_request.reasons); empty when no round is needed.
alter table change_request add column review_reason text not null default '';
