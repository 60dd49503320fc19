#!/usr/bin/env python3
"""EXPLAIN (FORMAT JSON) of every project list filter, the nested-list child loads and the platform pull.
Fails (exit 1) if a plan has a Seq Scan on project or a child table with at least BIG_TABLE_ROWS rows (a sequential
scan of a small table, e.g. 3,000 participant rows read once into a hashed subplan, is the right plan and is reported
but does not fail). Connection from PG* environment variables."""
import json
import subprocess
import sys

CHECKED = {"project", "stage_transition", "stage_transition_document", "review", "review_panel_member",
           "expert_opinion", "approval", "document", "finding", "funding_entry", "project_fact",
           "project_participant", "contract"}


BIG_TABLE_ROWS = 10000


def psql(sql):
    return subprocess.run(["psql", "-qAt", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True,
                          capture_output=True, text=True).stdout.strip()


org = psql("select id from organisation where credit_code = '11370881004123456F'")
cur_created, cur_id = psql("select created_at, id from project order by created_at desc, id desc offset 20 limit 1").split("|")
cur_upd, cur_uid = psql("select updated_at, id from project order by updated_at, id offset (select count(*) / 2 from project) limit 1").split("|")
ids = psql("select string_agg(quote_literal(id::text) || '::uuid', ',') from (select id from project order by created_at desc, id desc limit 50) x")
rids = psql("select string_agg(quote_literal(r.id::text) || '::uuid', ',') from review r where r.project_id in (%s)" % ids) or "null::uuid"
has_contract = psql("select to_regclass('public.contract') is not null") == "t"

PAGE = "select p.* from project p where %s order by p.created_at desc, p.id desc fetch first 21 rows only"
FIX = {
    "order": "create index project_created_idx on project (created_at, id)  -- keyset order of every list page",
    "trgm": "create extension pg_trgm; create index project_name_trgm_idx on project using gin (lower(name) gin_trgm_ops)",
    "inv": "create index project_investment_idx on project (estimated_investment, id)",
    "org": "rewrite the organisation filter as p.id in (select project_id from project_participant where organisation_id = :org union all select id from project where owner_org_id = :org), or rely on project_created_idx",
}
checks = [
    # name, sql, fix hint if it fails
    ("list: no filter (first page, created_at desc)", PAGE % "true", FIX["order"]),
    ("list: stage", PAGE % "p.stage in ('CONSTRUCTION')", FIX["order"] + "; or (stage, created_at, id)"),
    ("list: region prefix like '37%'", PAGE % "p.region_code like '37%'", FIX["order"] + "; or (region_code varchar_pattern_ops, created_at, id)"),
    ("list: region prefix like '500237%' (one county)", PAGE % "p.region_code like '500237%'", FIX["order"]),
    ("list: organisation (owner or participant)", PAGE % ("(p.owner_org_id = '%s' or exists (select 1 from project_participant fp "
                                                          "where fp.project_id = p.id and fp.organisation_id = '%s'))" % (org, org)), FIX["org"]),
    ("list: year", PAGE % "p.plan_year = 2025", FIX["order"] + "; or (plan_year, created_at, id)"),
    ("list: investment range", PAGE % "p.estimated_investment >= 1000000 and p.estimated_investment <= 5000000", FIX["inv"]),
    ("list: name text lower(name) like '%…%'", PAGE % "lower(p.name) like '%应急指挥%' escape '\\'", FIX["trgm"]),
    ("list: search (b) region + stage + year + name", PAGE % ("p.region_code like '37%' and p.stage in ('CONSTRUCTION') and "
                                                             "p.plan_year = 2025 and lower(p.name) like '%教育%' escape '\\'"), FIX["trgm"]),
    ("list: keyset page 2 (created_at, id)", PAGE % ("(p.created_at < '%s' or (p.created_at = '%s' and p.id < '%s'))" % (cur_created, cur_created, cur_id)),
     FIX["order"] + "; and write the keyset as a row comparison (p.created_at, p.id) < (:v, :id)"),
    ("platform pull: updated_at, id keyset", "select p.* from project p where (p.updated_at > '%s' or (p.updated_at = '%s' and p.id > '%s')) "
     "order by p.updated_at, p.id fetch first 100 rows only" % (cur_upd, cur_upd, cur_uid), "write the keyset as (p.updated_at, p.id) > (:t, :id) so project_updated_idx is used as a range"),
    ("platform pull: row-comparison form", "select p.* from project p where (p.updated_at, p.id) > ('%s', '%s') order by p.updated_at, p.id "
     "fetch first 100 rows only" % (cur_upd, cur_uid), "project_updated_idx (updated_at, id)"),
]
children = [
    ("stage_transition", "select * from stage_transition t left join stage_transition_document d on d.transition_id = t.id where t.project_id in (%s) order by t.seq"),
    ("review", "select * from review where project_id in (%s)"),
    ("approval", "select * from approval where project_id in (%s)"),
    ("document", "select id, project_id, type, file_name, size_bytes from document where project_id in (%s)"),
    ("finding", "select * from finding where project_id in (%s)"),
    ("funding_entry", "select * from funding_entry where project_id in (%s)"),
    ("project_fact", "select * from project_fact where project_id in (%s)"),
    ("project_participant", "select * from project_participant where project_id in (%s)"),
]
for table, sql in children:
    checks.append(("child load: %s of 50 projects" % table, sql % ids, "create index %s_project_idx on %s (project_id)" % (table, table)))
checks.append(("child load: expert_opinion of their reviews", "select * from expert_opinion where review_id in (%s)" % rids,
               "create index expert_opinion_review_idx on expert_opinion (review_id)"))
checks.append(("child load: review_panel_member of their reviews", "select * from review_panel_member where review_id in (%s)" % rids, "(review_id) index"))
if has_contract:
    checks.append(("child load: contract of 50 projects", "select * from contract where project_id in (%s)" % ids,
                   "create index contract_project_idx on contract (project_id)"))
informational = [
    ("totalCount: region prefix", "select count(*) from project p where p.region_code like '37%'"),
    ("totalCount: stage", "select count(*) from project p where p.stage in ('CONSTRUCTION')"),
    ("totalCount: name text", "select count(*) from project p where lower(p.name) like '%应急指挥%'"),
]


def walk(node, out):
    out.append(node)
    for c in node.get("Plans", []):
        walk(c, out)
    return out


def describe(nodes):
    parts = []
    for n in nodes:
        t = n["Node Type"]
        if n.get("Index Name"):
            t += " " + n["Index Name"]
        elif n.get("Relation Name"):
            t += " " + n["Relation Name"]
        parts.append(t)
    return " > ".join(parts)


def explain(sql):
    plan = json.loads(psql("explain (format json) " + sql))[0]["Plan"]
    return plan, walk(plan, [])


rows = dict(line.split("|") for line in psql("select c.relname, c.reltuples::bigint from pg_class c join pg_namespace n on "
                                              "n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'").splitlines())
big = {t for t in CHECKED if int(rows.get(t, "0")) >= BIG_TABLE_ROWS}

failed = []
print("%-52s %-6s %s" % ("check", "result", "plan (cost)"))
for name, sql, fix in checks:
    plan, nodes = explain(sql)
    scanned = {n["Relation Name"] for n in nodes if n["Node Type"] == "Seq Scan" and n.get("Relation Name") in CHECKED}
    seq = sorted(scanned & big)
    ok = not seq
    small = sorted(scanned - big)
    note = (" [seq scan of small table %s]" % ", ".join("%s (%s rows)" % (t, rows.get(t, "?")) for t in small)) if small else ""
    print("%-52s %-6s %s (%.0f)%s" % (name, "ok" if ok else "FAIL", describe(nodes), plan["Total Cost"], note))
    if not ok:
        failed.append((name, seq, fix))
print()
for name, sql in informational:
    plan, nodes = explain(sql)
    print("%-52s %-6s %s (%.0f)" % (name, "info", describe(nodes), plan["Total Cost"]))
print()
if failed:
    print("EXPLAIN CHECK FAILED: %d of %d plans scan a big table (>= %d rows) sequentially:" % (len(failed), len(checks), BIG_TABLE_ROWS))
    for name, seq, fix in failed:
        print("  - %s: Seq Scan on %s\n      fix: %s" % (name, ", ".join(seq), fix))
    sys.exit(1)
print("EXPLAIN CHECK PASSED: no Seq Scan on project or its child tables of >= %d rows in %d plans" % (BIG_TABLE_ROWS, len(checks)))
