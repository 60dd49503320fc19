-- The legal date of a change request (the unit's 调整申请), entered with it; requested_at stays the audit time.
alter table change_request add column requested_on date;
update change_request set requested_on = (requested_at at time zone 'Asia/Shanghai')::date;
alter table change_request alter column requested_on set not null;
