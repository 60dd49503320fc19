-- Demo organisations (docs/demo-data.md). Loaded only by the local run and the tests (profiles local, test).
-- Repeatable and idempotent: re-running updates names and regions in place.
insert into organisation (id, credit_code, name, region_code, kind, created_at) values
    ('8bbba216-e3f0-5173-a70d-810e08f581be', '11370000MB0012345W', '山东省大数据局', '370000', 'AUTHORITY', timestamptz '2026-01-01 00:00:00+00'),
    ('64b97897-11f4-54dd-9f90-6e10699447da', '11370881MB1234567D', '曲阜市大数据中心', '370881', 'AUTHORITY', timestamptz '2026-01-01 00:00:00+00'),
    ('85adbba0-ea63-563c-8aa2-9f0607fa1d3f', '11370881004456789H', '曲阜市发展和改革局', '370881', 'NDRC', timestamptz '2026-01-01 00:00:00+00'),
    ('db8fd804-06b2-59ca-8382-38fc70379a5c', '113708810043456786', '曲阜市财政局', '370881', 'FINANCE', timestamptz '2026-01-01 00:00:00+00'),
    ('d51eb01e-6437-5898-bc16-657c12af84d7', '11370881004123456F', '曲阜市教育和体育局', '370881', 'UNIT', timestamptz '2026-01-01 00:00:00+00'),
    ('4da87d74-a736-5131-b040-7e2253ff2a2e', '11370881004234567T', '曲阜市卫生健康局', '370881', 'UNIT', timestamptz '2026-01-01 00:00:00+00'),
    ('c34e053d-fb77-5a8e-a6c3-0066c009644b', '11360000MB1598765X', '江西省数据局', '360000', 'AUTHORITY', timestamptz '2026-01-01 00:00:00+00'),
    ('2d2ff457-6379-5ae1-9cb1-0af6cf719680', '11360000014500123H', '江西省发展和改革委员会', '360000', 'NDRC', timestamptz '2026-01-01 00:00:00+00'),
    ('89340330-93c6-5d3c-9ce1-089326b2f702', '11360000014500456Y', '江西省人力资源和社会保障厅', '360000', 'UNIT', timestamptz '2026-01-01 00:00:00+00'),
    ('beb31cc5-b5c5-571d-8154-0ac728f3ac5f', '11230502MB02345673', '尖山区政务服务和大数据中心', '230502', 'AUTHORITY', timestamptz '2026-01-01 00:00:00+00'),
    ('c268e477-e69b-5193-8b8e-71283a46a804', '112305020012345674', '双鸭山市尖山区人民政府办公室', '230502', 'UNIT', timestamptz '2026-01-01 00:00:00+00'),
    ('b6a2dc54-7136-5b92-bd13-7199e50827ba', '11500237MB17345675', '巫山县大数据发展局', '500237', 'AUTHORITY', timestamptz '2026-01-01 00:00:00+00'),
    ('21758d0e-c005-5a33-b259-98b2c15ab0d7', '115002370098765433', '巫山县农业农村委员会', '500237', 'UNIT', timestamptz '2026-01-01 00:00:00+00'),
    ('3be63c74-cae1-5427-8c91-c01538e8158b', '11150200MB1834567X', '包头市大数据管理局', '150200', 'AUTHORITY', timestamptz '2026-01-01 00:00:00+00'),
    ('5f9b0075-d6f3-5408-8dfd-0e1f895f3636', '11150200011223344M', '包头市公安局', '150200', 'UNIT', timestamptz '2026-01-01 00:00:00+00')
on conflict (credit_code) do update set name = excluded.name, region_code = excluded.region_code, kind = excluded.kind;
