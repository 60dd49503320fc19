-- Legal date of a change request (issue #13): a change onboarded later is entered with the day it was requested,
-- which the CHANGE_AWAITING_RE_APPROVAL finding gives; requested_at stays the audit time.
alter table change_request add column requested_on date;
update change_request set requested_on = (requested_at at time zone 'Asia/Shanghai')::date;
alter table change_request alter column requested_on set not null;
