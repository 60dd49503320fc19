-- Serious delay (工程严重逾期) and major loss (投资重大损失) reports are construction reports (SERIOUS_DELAY,
-- SERIOUS_LOSS) by the project unit (issue #20: jianshan-2024 item 22, wushan-2022 art.18, jiangxi-2024 art.28); a
-- loss report carries the amount lost, no other report does.
alter table construction_report add column loss_amount numeric(16,2) check (loss_amount >= 0);
alter table construction_report add constraint construction_report_loss_amount
    check ((kind = 'SERIOUS_LOSS') = (loss_amount is not null)) not valid;
