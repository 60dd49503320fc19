-- A stored finding says where it comes from: the policy's evaluation (POLICY) or an oversight role (MANUAL, with who).
alter table finding add column origin text not null default 'POLICY' check (origin in ('POLICY', 'MANUAL'));
alter table finding add column raised_by text;
