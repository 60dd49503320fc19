-- Contracts (table added on another branch): run by bench only when table public.contract exists.
-- Its columns are not known here, so the insert is built from information_schema: one contract per project
-- from PROCUREMENT on, every NOT NULL column without a default filled by type. A CHECK constraint on a text
-- column (e.g. a kind enum) makes it fail; bench then warns and leaves contracts empty. Replace this with a
-- hand-written insert once the contract schema is merged.
\set ON_ERROR_STOP on
do $$
declare
  cols text := ''; vals text := ''; c record;
begin
  for c in select column_name, data_type from information_schema.columns
           where table_schema = 'public' and table_name = 'contract'
             and (is_nullable = 'NO' or column_name = 'project_id') and column_default is null
           order by ordinal_position loop
    cols := cols || case when cols = '' then '' else ', ' end || quote_ident(c.column_name);
    vals := vals || case when vals = '' then '' else ', ' end || case
      when c.column_name = 'project_id' then 'p.id'
      when c.data_type = 'uuid' then 'gen_random_uuid()'
      when c.data_type in ('numeric', 'bigint', 'integer', 'smallint', 'double precision') then 'round(p.estimated_investment * 0.8, 2)'
      when c.data_type like 'timestamp%' then 'p.created_at + interval ''200 days'''
      when c.data_type = 'date' then '(p.created_at + interval ''200 days'')::date'
      when c.data_type = 'boolean' then 'false'
      when c.data_type = 'jsonb' then '''{}''::jsonb'
      else '''CT-'' || p.local_code' end;
  end loop;
  execute format('insert into contract (%s) select %s from project p where p.stage in (%s)', cols, vals,
    '''PROCUREMENT'', ''CONSTRUCTION'', ''TRIAL_RUN'', ''PRELIMINARY_ACCEPTANCE'', ''FINAL_ACCEPTANCE'', ''OPERATION''');
end $$;
