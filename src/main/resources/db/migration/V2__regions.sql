-- GB/T 2260 regions of the five seed jurisdictions and their parents.
insert into region (code, name, parent_code, level) values
    ('230000', '黑龙江省', null, 'PROVINCE'),
    ('230500', '双鸭山市', '230000', 'PREFECTURE'),
    ('230502', '尖山区', '230500', 'COUNTY'),
    ('500000', '重庆市', null, 'PROVINCE'),
    ('500237', '巫山县', '500000', 'COUNTY'),
    ('370000', '山东省', null, 'PROVINCE'),
    ('370800', '济宁市', '370000', 'PREFECTURE'),
    ('370881', '曲阜市', '370800', 'COUNTY'),
    ('150000', '内蒙古自治区', null, 'PROVINCE'),
    ('150200', '包头市', '150000', 'PREFECTURE'),
    ('360000', '江西省', null, 'PROVINCE');
