-- Legal dates of review acts (issue #13 item 1): the date of the review meeting's conclusion and of each expert's
-- signature. The policy counts from these; concluded_at / signed_at stay as the audit instants of the clicks.
alter table review add column concluded_on date;
alter table expert_opinion add column signed_on date;

update review set concluded_on = (concluded_at at time zone 'Asia/Shanghai')::date
 where concluded_at is not null and concluded_on is null;
update expert_opinion set signed_on = (signed_at at time zone 'Asia/Shanghai')::date where signed_on is null;
