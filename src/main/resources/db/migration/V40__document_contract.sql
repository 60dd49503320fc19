-- A document may belong to one contract of its project (Qufu art.34: acceptance confirms each contract's
-- performance, so each contract has its own acceptance report). Null for project-level documents.
alter table document add column contract_id uuid references contract (id);
create index document_contract_idx on document (contract_id) where contract_id is not null;
