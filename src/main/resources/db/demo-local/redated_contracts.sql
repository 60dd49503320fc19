-- Local run only, outside the demo-projects folder (whose repeatable scripts the demo tests load and check) (itpm.demo-data.scripts of the local profile): two contracts of 曲阜市智慧教育云平台（二期） dated
-- relative to the day the local run starts, so that the reminder run has something to say to the demo users
-- (qufu-2024 art.28: sign within 10 working days of the award notice). Re-dated at every start: one award notice 8
-- days ago (signing due within days: an approaching reminder to qufu-staff and qufu-lead), one 25 days ago
-- (signing missed: a reminder to the unit and to the Qufu reviewer and approver, sent once).
insert into contract (id, project_id, kind, title, supplier_name, supplier_credit_code, credit_code_check_valid,
                      award_notice_on, signed_on, filed_on, amount, implementation_months, warranty_months,
                      ip_ownership, data_ownership, confidentiality, acceptance_criteria, ip_breach_liability,
                      ip_owner, recorded_by, recorded_at, updated_at, version) values
    ('dd000009-0003-4000-8000-000000000001', 'dd000001-0003-4000-8000-000000000000', 'CONSTRUCTION',
     '曲阜市智慧教育云平台（二期）智慧课堂包采购合同', '江西赣数智联科技有限公司', '91360100MA38T4QK6L', true,
     current_date - 8, null, null, 1200000.00, 6, 24, true, true, true, true, true, 'GOVERNMENT', 'qufu-staff',
     now(), now(), 0),
    ('dd000009-0003-4000-8000-000000000002', 'dd000001-0003-4000-8000-000000000000', 'CONSTRUCTION',
     '曲阜市智慧教育云平台（二期）教育督导包采购合同', '江西赣数智联科技有限公司', '91360100MA38T4QK6L', true,
     current_date - 25, null, null, 860000.00, 6, 24, true, true, true, true, true, 'GOVERNMENT', 'qufu-staff',
     now(), now(), 0)
on conflict (id) do update set award_notice_on = excluded.award_notice_on, signed_on = null, filed_on = null;
