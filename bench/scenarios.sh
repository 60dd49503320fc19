# The scenarios and references of bench/run.sh (sourced): wrk runs with their counters, the read-path check, the
# mutation mix, pgbench and PostGraphile. Needs lib.sh, service.sh and run.sh's RES, BASE, conc, duration, warmup,
# THREADS, PGL_PORT, ADMIN, tok.

gql() { # gql TOKEN BODYFILE -> response on stdout
  curl -s -H "Authorization: Bearer $1" -H 'Content-Type: application/json' --data-binary @"$2" "$BASE/graphql"
}
body_of() { # body_of QUERYFILE VARS_JSON > body
  python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": json.loads(sys.argv[2])}))' "$1" "$2"
}
metric_sum() { # metric_sum NAME FILTER: sum of the samples of a Prometheus metric of the service whose labels match FILTER
  curl -s "$BASE/q/metrics" | awk -v name="$1" -v filter="$2" '$1 ~ "^" name "[{ ]" || $1 == name { if (index($0, filter)) s += $NF }
    END { printf "%d", s }'
}
hib_prepared() { [ "${NO_HIBERNATE:-}" = 1 ] && echo 0 || metric_sum hibernate_statements_total 'status="prepared"'; }
pgss_reset() { qsuper -c "select pg_stat_statements_reset()" >/dev/null; }
PGSS_OWN="s.userid = (select oid from pg_roles where rolname = 'itpm') and s.query !~* '^\s*(begin|commit|rollback|start|set|show|reset|discard|savepoint|release|deallocate)\M'"
pgss_calls() { # statements executed by role itpm since the reset, without transaction control and SET/SHOW
  qsuper -c "select coalesce(sum(calls), 0) from pg_stat_statements s where $PGSS_OWN"
}
pgss_top() { # pgss_top FILE: the statements since the reset, most called first (what a reference must reproduce)
  qsuper -c "select calls || ' calls, ' || round(mean_exec_time::numeric, 2) || ' ms: ' || regexp_replace(query, '\s+', ' ', 'g')
             from pg_stat_statements s where $PGSS_OWN order by calls desc limit 12" > "$1"
}

prepare_nested_bodies() {
  cp "$BENCH_DIR/graphql-nested.graphql" "$RES/nested.graphql"
  body_of "$RES/nested.graphql" '{"n": 50}' > "$RES/nested-50.json"
  body_of "$RES/nested.graphql" '{"n": 5}' > "$RES/nested-5.json"
}

check_nested_response() { # the 50-project nested list answers 50 projects without errors
  gql "$ADMIN" "$RES/nested-50.json" > "$RES/nested-50.response.json"
  python3 - "$RES/nested-50.response.json" <<'PY' || die "the nested list query failed: $(head -c 600 "$RES/nested-50.response.json")"
import json, sys
r = json.load(open(sys.argv[1]))
assert not r.get("errors"), r.get("errors")
assert len(r["data"]["projects"]["edges"]) == 50, len(r["data"]["projects"]["edges"])
PY
}

nested_statements() { # "N5 N50": SQL statements of one nested list request for 5 and 50 projects (after a warm-up
  # request each), counted by PostgreSQL (pg_stat_statements of role itpm, without transaction control)
  local n out=""
  for n in 5 50; do
    gql "$ADMIN" "$RES/nested-$n.json" >/dev/null; pgss_reset; gql "$ADMIN" "$RES/nested-$n.json" >/dev/null
    out="$out $(pgss_calls)"
  done
  echo $out
}

graphql_paths() { # "COMPILED RESOLVER": the service's itpm_graphql_path_total so far (0 0 for PostGraphile)
  if [ "${NO_HIBERNATE:-}" = 1 ]; then echo "0 0"; return; fi
  echo "$(metric_sum itpm_graphql_path_total 'path="compiled"') $(metric_sum itpm_graphql_path_total 'path="resolver"')"
}

run_wrk() { # [PATH_CLAIM=compiled|resolver] run_wrk NAME URL [VAR=VALUE...]: warm-up, then the measured run;
  # counters before/after; NAME.path.json: which read path served the GraphQL requests of warm-up and run
  local name="$1" url="$2" c0 r0 c1 r1; shift 2
  read -r c0 r0 < <(graphql_paths)
  if [ "$warmup" -gt 0 ]; then
    log "$name: warm-up ${warmup} s"
    env "$@" BENCH_RESULT="$RES/$name.warmup.json" ${WARMUP_ENV:-} \
      wrk -t$THREADS -c"$conc" -d"${warmup}s" -s "$BENCH_DIR/lua/bench.lua" "$url" > "$RES/$name.warmup.txt"
  fi
  local h0 h1 p1 rss
  h0=$(hib_prepared); pgss_reset
  log "$name: ${duration} s at concurrency $conc"
  env "$@" BENCH_RESULT="$RES/$name.json" BENCH_THREADS=$THREADS \
    wrk -t$THREADS -c"$conc" -d"${duration}s" --timeout 10s --latency -s "$BENCH_DIR/lua/bench.lua" "$url" > "$RES/$name.wrk.txt"
  p1=$(pgss_calls); pgss_top "$RES/$name.statements.txt"; h1=$(hib_prepared)   # PostgreSQL first: a scrape runs SQL
  rss=$(rss_kb "${RSS_PID:-$service_pid}")
  printf '{"hibernate_prepared": %d, "pg_statements": %d, "rss_kb": %d}\n' $((h1 - h0)) "$p1" "$rss" > "$RES/$name.counters.json"
  read -r c1 r1 < <(graphql_paths)
  printf '{"path": "%s", "compiled": %d, "resolver": %d}\n' "${PATH_CLAIM:-}" $((c1 - c0)) $((r1 - r0)) > "$RES/$name.path.json"
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1], encoding="utf-8", errors="replace")); print("   %(rps).1f req/s  p50 %(p50_ms).1f ms  p99 %(p99_ms).1f ms  errors %(app_errors)d" % r)' "$RES/$name.json" >&2
}

path_checked_wrk() { # path_checked_wrk compiled|resolver NAME URL [VAR=VALUE...]: run_wrk, then prove from
  # itpm_graphql_path_total that every request of the run was served by that read path (else the run fails)
  local path="$1" name="$2"; shift 2
  PATH_CLAIM="$path" run_wrk "$name" "$@"
  python3 - "$RES/$name.path.json" "$RES/$name.json" <<'PY' || die "$name: not proven to be served by the $path path: $(cat "$RES/$name.path.json")"
import json, sys
p, r = json.load(open(sys.argv[1])), json.load(open(sys.argv[2], encoding="utf-8", errors="replace"))
other = "resolver" if p["path"] == "compiled" else "compiled"
assert r["requests"] > 0, "no request completed in the run (the machine too busy for this duration and concurrency?)"
assert p[p["path"]] >= r["requests"] and p[other] == 0, p
PY
  log "$name: served by the $path path ($(cat "$RES/$name.path.json"))"
}

platform_probe() { # HTTP status of the platform pull (scenario (c) runs when 200)
  curl -s -o "$RES/platform-probe.txt" -w '%{http_code}' -H "Authorization: Bearer $(tok platform)" \
    "$BASE/api/platform/v1/projects" | tee "$RES/c_platform.status"
}

mutation_mix() { # (d) Qufu-education projects FUNDED…TRIAL_RUN suspended and resumed by the unit lead, contracts
  # registered by the unit staff from PROCUREMENT on, open Qufu reviews expert-zhang has not signed
  local qufu_edu half
  mkdir -p "$RES/ids" "$RES/ids-warmup"
  qufu_edu="select p.id from project p join organisation o on o.id = p.owner_org_id where o.credit_code = '11370881004123456F'"
  q -c "$qufu_edu and p.stage in ('FUNDED', 'PROCUREMENT', 'CONSTRUCTION', 'TRIAL_RUN') order by p.local_code" > "$RES/moving_all.txt"
  q -c "$qufu_edu and p.stage in ('PROCUREMENT', 'CONSTRUCTION', 'TRIAL_RUN', 'PRELIMINARY_ACCEPTANCE', 'FINAL_ACCEPTANCE') order by random() limit 5000" > "$RES/ids/contract_ids.txt"
  q -c "select r.id from review r join project p on p.id = r.project_id where r.status = 'OPEN' and p.region_code = '370881' and not exists (select 1 from expert_opinion e where e.review_id = r.id and e.expert = 'expert-zhang') order by random()" > "$RES/ids/open_reviews.txt"
  # the warm-up moves the other half of those projects (it leaves some SUSPENDED) and signs no reviews
  half=$(( $(wc -l < "$RES/moving_all.txt") / 2 ))
  [ "$half" -ge 8 ] || die "fewer than 16 FUNDED…TRIAL_RUN projects of the Qufu education bureau (seed more projects)"
  head -n "$half" "$RES/moving_all.txt" > "$RES/ids/moving_ids.txt"
  tail -n +"$((half + 1))" "$RES/moving_all.txt" > "$RES/ids-warmup/moving_ids.txt"
  cp "$RES/ids/contract_ids.txt" "$RES/ids-warmup/"; : > "$RES/ids-warmup/open_reviews.txt"
  log "mutation mix over $(wc -l < "$RES/ids/moving_ids.txt") projects to suspend and resume, $(wc -l < "$RES/ids/contract_ids.txt") for contracts, $(wc -l < "$RES/ids/open_reviews.txt") open reviews"
  WARMUP_ENV="BENCH_IDS=$RES/ids-warmup" run_wrk d_mutations "$BASE/graphql" BENCH_MODE=mutation BENCH_IDS="$RES/ids" \
    BENCH_TOKEN_STAFF="$(tok qufu_staff)" BENCH_TOKEN_LEAD="$(tok qufu_lead)" BENCH_TOKEN_EXPERT="$(tok expert_zhang)"
}

pgbench_ref() { # pgbench_ref NAME SCRIPT: the script of bench/sql through pgbench (prepared, same concurrency and
  # duration as the scenarios); NAME.txt is pgbench's summary, NAME.log one latency (µs, 3rd field) per transaction
  local name="$1" script="$BENCH_DIR/sql/$2"
  log "$name: $2 through pgbench"
  pgss_reset
  if [ "$warmup" -gt 0 ]; then
    (cd "$RES" && "$PGBENCH" -n -M prepared -c "$conc" -j $THREADS -T "$warmup" -f "$script" > "$name.warmup.txt" 2>&1) \
      || { cat "$RES/$name.warmup.txt" >&2; die "pgbench $2 failed"; }
  fi
  pgss_reset
  (cd "$RES" && "$PGBENCH" -n -M prepared -c "$conc" -j $THREADS -T "$duration" -l --log-prefix="$name" \
     -f "$script" > "$name.txt" 2>&1) || { cat "$RES/$name.txt" >&2; die "pgbench $2 failed"; }
  cat "$RES/$name".[0-9]* > "$RES/$name.log"; rm -f "$RES/$name".[0-9]*
  pgss_top "$RES/$name.statements.txt"
  grep -E '^(tps|latency average)' "$RES/$name.txt" | tr '\n' ' ' >&2; echo >&2
}

postgraphile_ref() { # the same nested query through PostGraphile v4 on PGL_PORT, measured like (a)
  log "ref_postgraphile: PostGraphile $(node -e 'console.log(require(process.argv[1]).version)' "$BENCH_DIR/node_modules/postgraphile/package.json") on :$PGL_PORT"
  NODE_ENV=production "$BENCH_DIR/node_modules/.bin/postgraphile" -c "postgres://itpm:itpm@127.0.0.1:$PG_PORT/itpm" \
    -s public --host 127.0.0.1 --port "$PGL_PORT" --disable-query-log --max-pool-size 20 > "$OUT_DIR/postgraphile.log" 2>&1 &
  pgl_pid=$!
  python3 -c 'import json,sys; print(json.dumps({"query": "".join(l for l in open(sys.argv[1]) if not l.startswith("#"))}))' \
    "$BENCH_DIR/postgraphile-nested.graphql" > "$RES/postgraphile-50.json"
  local i
  for i in $(seq 1 300); do
    curl -sf -o "$RES/postgraphile-50.response.json" -H 'Content-Type: application/json' --data-binary @"$RES/postgraphile-50.json" \
      "http://127.0.0.1:$PGL_PORT/graphql" && break
    kill -0 "$pgl_pid" 2>/dev/null || { cat "$OUT_DIR/postgraphile.log" >&2; die "PostGraphile exited"; }
    sleep 0.2
  done
  python3 - "$RES/postgraphile-50.response.json" <<'PY' || die "PostGraphile's nested query failed: $(head -c 600 "$RES/postgraphile-50.response.json")"
import json, sys
r = json.load(open(sys.argv[1]))
assert not r.get("errors"), r.get("errors")
assert len(r["data"]["allProjects"]["nodes"]) == 50
PY
  NO_HIBERNATE=1 RSS_PID=$pgl_pid run_wrk ref_postgraphile "http://127.0.0.1:$PGL_PORT/graphql" BENCH_MODE=static \
    BENCH_BODY="$RES/postgraphile-50.json" BENCH_NO_AUTH=1
  kill "$pgl_pid"; wait "$pgl_pid" 2>/dev/null || true; pgl_pid=""
}

write_run_json() { # the run's settings and single figures for report.py
  cat > "$RES/run.json" <<JSON
{"projects": $projects, "duration": $duration, "concurrency": $conc, "warmup": $warmup, "threads": $THREADS,
 "startup_ms": $startup_ms, "cache_opts": "$SERVICE_CACHE_OPTS", "quarkus_started_s": "${started_in:-}",
 "rss_after_start_kb": $rss_after_start, "rss_after_load_kb": $rss_after_load, "hwm_after_load_kb": $hwm_after_load,
 "stmts_5": $stmts_5, "stmts_50": $stmts_50, "stmts_resolver_5": $stmts_resolver_5, "stmts_resolver_50": $stmts_resolver_50,
 "platform_status": "$platform_status", "java_opts": "$JAVA_OPTS", "busy_before": $busy_before,
 "java_version": "$("$SERVICE_JAVA" -version 2>&1 | head -1 | sed 's/"/\\"/g')",
 "pg_version": "$("$PG_BIN/postgres" --version)", "pgbench_version": "$("$PGBENCH" --version)",
 "wrk_version": "$(wrk -v 2>&1 | head -1 | awk '{print $1, $2}')",
 "postgraphile_version": "$(node -e 'console.log(require(process.argv[1]).version)' "$BENCH_DIR/node_modules/postgraphile/package.json")",
 "node_version": "$(node --version)", "git_commit": "$(git rev-parse --short HEAD)", "pg_port": $PG_PORT,
 "rows": $seeded_rows,
 "db_size": "$(q -c "select pg_size_pretty(pg_database_size('itpm'))")"}
JSON
}
