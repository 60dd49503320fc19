-- pgbench script: the 50-project nested list of scenario (a) as ONE hand-written query (json_agg), the
-- physical-limit reference. Same columns and order as the GraphQL query in bench/run.sh.
select json_build_object(
  'totalCount', (select count(*) from project),
  'nodes', coalesce(json_agg(x.obj order by x.created_at desc, x.id desc), '[]'::json))
from (
  select p.created_at, p.id, json_build_object(
    'id', p.id, 'localCode', p.local_code, 'name', p.name, 'stage', p.stage, 'year', p.plan_year,
    'regionCode', p.region_code, 'estimatedInvestment', p.estimated_investment, 'updatedAt', p.updated_at,
    'owner', (select json_build_object('name', o.name) from organisation o where o.id = p.owner_org_id),
    'history', (select json_agg(json_build_object('seq', t.seq, 'from', t.from_stage, 'to', t.to_stage, 'actor', t.actor, 'at', t.at) order by t.seq)
                from stage_transition t where t.project_id = p.id),
    'reviews', (select json_agg(json_build_object('type', r.type, 'round', r.round, 'status', r.status,
                  'opinions', (select json_agg(json_build_object('expert', e.expert, 'conclusion', e.conclusion, 'signedAt', e.signed_at) order by e.signed_at)
                               from expert_opinion e where e.review_id = r.id)) order by r.opened_at)
                from review r where r.project_id = p.id),
    'approvals', (select json_agg(json_build_object('kind', a.kind, 'documentNumber', a.document_number, 'approvedOn', a.approved_on, 'approvedAmount', a.approved_amount) order by a.recorded_at)
                  from approval a where a.project_id = p.id),
    'documents', (select json_agg(json_build_object('type', d.type, 'fileName', d.file_name, 'sizeBytes', d.size_bytes, 'uploadedAt', d.uploaded_at) order by d.uploaded_at)
                  from document d where d.project_id = p.id),
    'findings', (select json_agg(json_build_object('code', f.code, 'severity', f.severity, 'raisedAt', f.raised_at, 'resolvedAt', f.resolved_at) order by f.raised_at)
                 from finding f where f.project_id = p.id),
    'fundingEntries', (select json_agg(json_build_object('year', fe.year, 'kind', fe.kind, 'amount', fe.amount) order by fe.year)
                       from funding_entry fe where fe.project_id = p.id),
    'contracts', (select json_agg(json_build_object('kind', c.kind, 'supplierName', c.supplier_name, 'amount', c.amount, 'signedOn', c.signed_on) order by c.recorded_at)
                  from contract c where c.project_id = p.id)
  ) as obj
  from project p
  order by p.created_at desc, p.id desc
  limit 50
) x;
