#!/usr/bin/env bash
# egov-itpm benchmark: seeds PostgreSQL, starts the service in production mode, drives the scenarios with wrk,
# measures the references (one json_agg query through pgbench, PostGraphile v4) and writes docs/performance.md.
#
#   bench/run.sh                              10,000 projects, 30 s per scenario, concurrency 16
#   bench/run.sh --projects 100000            the size the p99 budget is defined for
#   bench/run.sh --projects 1000 --duration 5 quick end-to-end check of the harness
#   bench/run.sh --explain-only [--projects N | --seeded]   only the EXPLAIN checks (bench/explain.sh)
#
# Options: --projects N  --duration S  --concurrency C  --warmup S  --reseed  --no-build  --out FILE
# Environment: BENCH_JAVA_OPTS (default: the production flags of k8s/base/app/deployment.yaml), BENCH_PG_PORT (5491),
#              BENCH_PORT (8099), BENCH_PGL_PORT (5099, PostGraphile).
# Needs root for apt-get (wrk, postgresql) and runuser; a JDK 17+, node/npm; Maven Central and npm reachable.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT_DIR"

projects_given=false projects=10000 duration=30 conc=16 warmup=10 reseed=false build=true explain_only=false
report="$ROOT_DIR/docs/performance.md"
explain_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --projects) projects="$2"; projects_given=true; shift ;;
    --duration) duration="$2"; shift ;;
    --concurrency) conc="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --reseed) reseed=true ;;
    --no-build) build=false ;;
    --out) report="$2"; shift ;;
    --explain-only) explain_only=true ;;
    --seeded) explain_args+=(--seeded) ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) die "unknown option $1 (--help)" ;;
  esac
  shift
done
[[ "$projects" =~ ^[0-9]+$ ]] && [ "$projects" -ge 100 ] || die "--projects must be a number >= 100"

if [ "$explain_only" = true ]; then
  [ "$projects_given" = true ] || projects=100000   # the EXPLAIN budget is defined at 100,000 projects
  exec "$BENCH_DIR/explain.sh" --projects "$projects" ${explain_args[@]+"${explain_args[@]}"}
fi

PORT="${BENCH_PORT:-8099}"
PGL_PORT="${BENCH_PGL_PORT:-5099}"
# the JVM flags of production (k8s/base/app/deployment.yaml JAVA_OPTS_APPEND and MALLOC_ARENA_MAX)
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms64m -Xmx224m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -Xss512k -XX:+ExitOnOutOfMemoryError}"
export MALLOC_ARENA_MAX=2
CDS=target/quarkus-app/app-cds.jsa
BASE="http://127.0.0.1:$PORT"
RES="$OUT_DIR/results"
THREADS=2
service_pid="" pgl_pid=""

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$service_pid" ] && kill -0 "$service_pid" 2>/dev/null; then
    log "stopping the service (pid $service_pid)"; kill "$service_pid"; wait "$service_pid" 2>/dev/null || true
  fi
  if [ -n "$pgl_pid" ] && kill -0 "$pgl_pid" 2>/dev/null; then
    log "stopping PostGraphile (pid $pgl_pid)"; kill "$pgl_pid"; wait "$pgl_pid" 2>/dev/null || true
  fi
  stop_postgres
  [ "$rc" = 0 ] || log "FAILED (exit $rc); logs in $OUT_DIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- prerequisites
command -v java >/dev/null || die "no java: install a JDK 17+ (apt-get install openjdk-17-jdk-headless)"
command -v wrk >/dev/null || apt_install wrk
command -v python3 >/dev/null || apt_install python3
command -v curl >/dev/null || apt_install curl
command -v npm >/dev/null || apt_install nodejs npm
if [ ! -x "$BENCH_DIR/node_modules/.bin/postgraphile" ]; then
  log "npm install (PostGraphile v4 into bench/node_modules)"
  (cd "$BENCH_DIR" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
mkdir -p "$OUT_DIR"; rm -rf "$RES"; mkdir -p "$RES"

jar=target/quarkus-app/quarkus-run.jar
newer_than() { local ref="$1"; shift; find "$@" -newer "$ref" -print -quit 2>/dev/null; }
if [ "$build" = true ]; then
  if [ ! -f "$jar" ] || [ ! -f "$CDS" ] || [ -n "$(newer_than "$jar" pom.xml src/main)" ]; then
    log "building with an AppCDS archive: ./mvnw -q -B package -DskipTests -Dquarkus.package.jar.appcds.enabled=true"
    ./mvnw -q -B package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
  fi
  if [ ! -s target/devstack.classpath ] || [ pom.xml -nt target/devstack.classpath ]; then
    log "resolving the test classpath"
    ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/devstack.classpath
  fi
  if [ ! -f target/test-classes/org/egov/itpm/testsupport/TestTokens.class ] \
     || [ -n "$(newer_than target/test-classes/org/egov/itpm/testsupport/TestTokens.class pom.xml src/test/java)" ]; then
    log "compiling the test classes (TestTokens): ./mvnw -q -B test-compile"; ./mvnw -q -B test-compile
  fi
fi
[ -f "$jar" ] || die "$jar missing (run without --no-build)"

log "minting tokens with the test key (TestTokens)"
java -cp "target/test-classes:$(cat target/devstack.classpath)" "$BENCH_DIR/java/MintTokens.java" > "$OUT_DIR/tokens.env"
tok() { sed -n "s/^$1=//p" "$OUT_DIR/tokens.env"; }
public_key="$(sed -n 's/^%test.quarkus.oidc.public-key=//p' src/main/resources/application.properties)"
[ -n "$public_key" ] || die "no %test.quarkus.oidc.public-key in application.properties"

# ---------------------------------------------------------------- PostgreSQL and data
start_postgres

start_service() { # start_service LOGFILE [nocds]: production mode, local token verification; sets service_pid, startup_ms
  local logf="$1" t0 t1 cds_opt=""
  # the archive records the class path relative to target/quarkus-app, so the JVM starts there (else it is ignored)
  [ "${2:-}" != nocds ] && [ -f "$CDS" ] && cds_opt="-XX:SharedArchiveFile=app-cds.jsa -Xlog:cds=warning"
  t0=$(date +%s%N)
  (cd "$(dirname "$jar")" && exec env DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/itpm" DB_USER=itpm DB_PASSWORD=itpm \
    PORT="$PORT" QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_PUBLIC_KEY="$public_key" \
    QUARKUS_OIDC_TOKEN_ISSUER=https://itpm.test/realms/itpm DIRECTORY_CLIENT_SECRET=unused ITPM_SCAN_CRON=off \
    ITPM_EXCHANGE_DELIVERY_INTERVAL=off ITPM_SECRETS_KEY="${ITPM_SECRETS_KEY:-$(head -c 32 /dev/urandom | base64)}" \
    java $JAVA_OPTS $cds_opt -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar quarkus-run.jar) > "$logf" 2>&1 &
  service_pid=$!
  until curl -sf -o /dev/null "$BASE/q/health/ready"; do
    kill -0 "$service_pid" 2>/dev/null || { tail -40 "$logf" >&2; die "the service exited during start-up (log $logf)"; }
    [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 180 ] || die "service not ready after 180 s (log $logf)"
    sleep 0.02
  done
  t1=$(date +%s%N)
  startup_ms=$(( (t1 - t0) / 1000000 ))
}
stop_service() {
  kill "$service_pid"; wait "$service_pid" 2>/dev/null || true; service_pid=""
}

if ! schema_exists; then
  log "empty database: starting the service once so its Flyway creates the schema"
  start_service "$OUT_DIR/service-flyway.log"; stop_service
fi
if [ "$reseed" = true ] || [ "$(seeded_projects)" != "$projects" ]; then
  seed "$projects"
else
  log "reusing the seeded data set ($projects projects; --reseed to regenerate)"
fi

# ---------------------------------------------------------------- the service
# how busy the machine is without us (nothing of the bench runs now): CPU busy % over 3 s, from /proc/stat
cpu_busy() { awk '/^cpu / {print $2+$3+$4+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat; }
read -r b0 t0 < <(cpu_busy); sleep 3; read -r b1 t1 < <(cpu_busy)
busy_before=$(( 100 * (b1 - b0) / (t1 - t0) ))
log "machine CPU busy before the service starts: ${busy_before}% (other processes)"
log "start-up without the AppCDS archive (measured, then stopped)"
start_service "$OUT_DIR/service-nocds.log" nocds; stop_service
startup_nocds_ms=$startup_ms
log "first response after ${startup_nocds_ms} ms without AppCDS"
log "starting the service (prod mode, JAVA_OPTS: $JAVA_OPTS, AppCDS: $([ -f "$CDS" ] && echo "$CDS" || echo none))"
start_service "$OUT_DIR/service.log"
! grep -q "Unable to use shared archive" "$OUT_DIR/service.log" || die "the JVM could not use $CDS (see $OUT_DIR/service.log)"
started_in="$(grep -o 'started in [0-9.]*s' "$OUT_DIR/service.log" | head -1 | awk '{print $3}' | tr -d s)"
log "first response after ${startup_ms} ms (Quarkus says started in ${started_in:-?} s)"
rss_after_start=$(awk '/VmRSS/ {print $2}' /proc/$service_pid/status)

gql() { # gql TOKEN BODYFILE -> response on stdout
  curl -s -H "Authorization: Bearer $1" -H 'Content-Type: application/json' --data-binary @"$2" "$BASE/graphql"
}
body_of() { # body_of QUERYFILE VARS_JSON > body
  python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": json.loads(sys.argv[2])}))' "$1" "$2"
}
hib_prepared() {
  [ "${NO_HIBERNATE:-}" = 1 ] && { echo 0; return; }
  curl -s "$BASE/q/metrics" | awk '/^hibernate_statements_total/ && /status="prepared"/ { s += $2 } END { printf "%d", s }'
}
pgss_reset() { qsuper -c "select pg_stat_statements_reset()" >/dev/null; }
pgss_calls() { # statements executed by the role ROLE since the reset, without transaction control and SET/SHOW
  qsuper -c "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_roles r on r.oid = s.userid
             where r.rolname = '${1:-itpm}' and s.query !~* '^\s*(begin|commit|rollback|start|set|show|reset|discard|savepoint|release|deallocate)\M'"
}

# unauthenticated request is refused (prod mode security is really on)
anon_status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{"query":"{ regions { code } }"}' "$BASE/graphql")
[ "$anon_status" = 401 ] || die "an anonymous POST /graphql answered $anon_status, expected 401"

ADMIN="$(tok admin)"
cp "$BENCH_DIR/graphql-nested.graphql" "$RES/nested.graphql"
body_of "$RES/nested.graphql" '{"n": 50}' > "$RES/nested-50.json"
body_of "$RES/nested.graphql" '{"n": 5}' > "$RES/nested-5.json"
gql "$ADMIN" "$RES/nested-50.json" > "$RES/nested-50.response.json"
python3 - "$RES/nested-50.response.json" <<'PY' || die "the nested list query failed: $(head -c 600 "$RES/nested-50.response.json")"
import json, sys
r = json.load(open(sys.argv[1]))
assert not r.get("errors"), r.get("errors")
edges = r["data"]["projects"]["edges"]
assert len(edges) == 50, len(edges)
PY

# SQL statements of one nested list request, for 5 and 50 projects (after a warm-up request each)
# (counted by PostgreSQL: pg_stat_statements of role itpm, without transaction control)
stmts_for() { gql "$ADMIN" "$1" >/dev/null; pgss_reset; gql "$ADMIN" "$1" >/dev/null; pgss_calls itpm; }
stmts_5=$(stmts_for "$RES/nested-5.json"); stmts_50=$(stmts_for "$RES/nested-50.json")
log "SQL statements per nested list request: $stmts_5 (5 projects), $stmts_50 (50 projects)"

# ---------------------------------------------------------------- scenarios
run_wrk() { # run_wrk NAME URL [VAR=VALUE...]: warm-up, then the measured run; counters before/after
  local name="$1" url="$2"; shift 2
  if [ "$warmup" -gt 0 ]; then
    log "$name: warm-up ${warmup} s"
    env "$@" BENCH_RESULT="$RES/$name.warmup.json" ${WARMUP_ENV:-} \
      wrk -t$THREADS -c"$conc" -d"${warmup}s" -s "$BENCH_DIR/lua/bench.lua" "$url" > "$RES/$name.warmup.txt"
  fi
  local h0 h1 p1
  h0=$(hib_prepared); pgss_reset
  log "$name: ${duration} s at concurrency $conc"
  env "$@" BENCH_RESULT="$RES/$name.json" BENCH_THREADS=$THREADS \
    wrk -t$THREADS -c"$conc" -d"${duration}s" --timeout 10s --latency -s "$BENCH_DIR/lua/bench.lua" "$url" > "$RES/$name.wrk.txt"
  h1=$(hib_prepared); p1=$(pgss_calls itpm)
  local rss; rss=$(awk '/VmRSS/ {print $2}' /proc/${RSS_PID:-$service_pid}/status 2>/dev/null || echo 0)
  printf '{"hibernate_prepared": %d, "pg_statements": %d, "rss_kb": %d}\n' $((h1 - h0)) "$p1" "$rss" > "$RES/$name.counters.json"
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("   %(rps).1f req/s  p50 %(p50_ms).1f ms  p99 %(p99_ms).1f ms  errors %(app_errors)d" % r)' "$RES/$name.json" >&2
}

run_wrk a_nested "$BASE/graphql" BENCH_MODE=static BENCH_BODY="$RES/nested-50.json" BENCH_TOKEN="$ADMIN"
run_wrk b_search "$BASE/graphql" BENCH_MODE=search BENCH_TOKEN="$ADMIN"

PLATFORM="$(tok platform)"
platform_status=$(curl -s -o "$RES/platform-probe.txt" -w '%{http_code}' -H "Authorization: Bearer $PLATFORM" "$BASE/api/platform/v1/projects")
echo "$platform_status" > "$RES/c_platform.status"
if [ "$platform_status" = 200 ]; then
  run_wrk c_platform "$BASE/api/platform/v1/projects" BENCH_MODE=get BENCH_TOKEN="$PLATFORM"
else
  log "c_platform: GET /api/platform/v1/projects answered $platform_status: not available yet"
fi

# mutation mix: Qufu-education projects from FUNDED to TRIAL_RUN (stage moves by the unit lead) and from PROCUREMENT to
# FINAL_ACCEPTANCE (contracts by the unit staff), open Qufu reviews expert-zhang has not signed
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

# ledger (台账): import 10,000 rows, export the whole ledger with the RSS sampled (bench/ledger.sh, docs/ledger.md)
. "$BENCH_DIR/ledger.sh"
ledger_bench

rss_after_load=$(awk '/VmRSS/ {print $2}' /proc/$service_pid/status)
hwm_after_load=$(awk '/VmHWM/ {print $2}' /proc/$service_pid/status)
log "service RSS after load: $((rss_after_load / 1024)) MB (peak $((hwm_after_load / 1024)) MB)"
stop_service

# ---------------------------------------------------------------- references
log "reference 1: the same nested data as one json_agg query through pgbench"
pgss_reset
(cd "$RES" && "$PGBENCH" -n -M prepared -c "$conc" -j $THREADS -T "$warmup" -f "$BENCH_DIR/sql/nested-list.sql" >/dev/null 2>&1 || true)
(cd "$RES" && "$PGBENCH" -n -M prepared -c "$conc" -j $THREADS -T "$duration" -l --log-prefix=pgbench \
   -f "$BENCH_DIR/sql/nested-list.sql" > pgbench.txt 2>&1) || { cat "$RES/pgbench.txt" >&2; die "pgbench failed"; }
cat "$RES"/pgbench.[0-9]* > "$RES/pgbench.log" 2>/dev/null || cat "$RES"/pgbench.log.* > "$RES/pgbench.log"
rm -f "$RES"/pgbench.[0-9]* "$RES"/pgbench.log.*
grep -E '^(tps|latency average|number of transactions actually processed)' "$RES/pgbench.txt" >&2

log "reference 2: PostGraphile $(node -e 'console.log(require(process.argv[1]).version)' "$BENCH_DIR/node_modules/postgraphile/package.json") on :$PGL_PORT"
NODE_ENV=production "$BENCH_DIR/node_modules/.bin/postgraphile" -c "postgres://itpm:itpm@127.0.0.1:$PG_PORT/itpm" \
  -s public --host 127.0.0.1 --port "$PGL_PORT" --disable-query-log --max-pool-size 20 > "$OUT_DIR/postgraphile.log" 2>&1 &
pgl_pid=$!
python3 -c 'import json,sys; print(json.dumps({"query": "".join(l for l in open(sys.argv[1]) if not l.startswith("#"))}))' \
  "$BENCH_DIR/postgraphile-nested.graphql" > "$RES/postgraphile-50.json"
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
NO_HIBERNATE=1 RSS_PID=$pgl_pid run_wrk ref_postgraphile "http://127.0.0.1:$PGL_PORT/graphql" BENCH_MODE=static BENCH_BODY="$RES/postgraphile-50.json" BENCH_NO_AUTH=1
kill "$pgl_pid"; wait "$pgl_pid" 2>/dev/null || true; pgl_pid=""

# ---------------------------------------------------------------- EXPLAIN checks at the seeded size (informational here;
# bench/explain.sh runs them at 100,000 projects and fails on a Seq Scan)
python3 "$BENCH_DIR/explain.py" > "$RES/explain.txt" 2>&1 && echo 0 > "$RES/explain.rc" || echo $? > "$RES/explain.rc"
log "EXPLAIN checks at $projects projects: $(tail -1 "$RES/explain.txt" | cut -c1-80)"

# ---------------------------------------------------------------- report
cat > "$RES/run.json" <<JSON
{"projects": $projects, "duration": $duration, "concurrency": $conc, "warmup": $warmup, "threads": $THREADS,
 "startup_ms": $startup_ms, "startup_nocds_ms": $startup_nocds_ms, "appcds": $([ -f "$CDS" ] && echo true || echo false), "quarkus_started_s": "${started_in:-}", "rss_after_start_kb": $rss_after_start,
 "rss_after_load_kb": $rss_after_load, "hwm_after_load_kb": $hwm_after_load,
 "stmts_5": $stmts_5, "stmts_50": $stmts_50,
 "platform_status": "$platform_status", "java_opts": "$JAVA_OPTS", "busy_before": $busy_before,
 "java_version": "$(java -version 2>&1 | head -1 | sed 's/"/\\"/g')",
 "pg_version": "$("$PG_BIN/postgres" --version)", "pgbench_version": "$("$PGBENCH" --version)",
 "wrk_version": "$(wrk -v 2>&1 | head -1 | awk '{print $1, $2}')",
 "postgraphile_version": "$(node -e 'console.log(require(process.argv[1]).version)' "$BENCH_DIR/node_modules/postgraphile/package.json")",
 "node_version": "$(node --version)", "git_commit": "$(git rev-parse --short HEAD)",
 "rows": $(q -c "select json_object_agg(t, n) from (select 'project' t, count(*) n from project union all select 'stage_transition', count(*) from stage_transition union all select 'review', count(*) from review union all select 'expert_opinion', count(*) from expert_opinion union all select 'approval', count(*) from approval union all select 'document', count(*) from document union all select 'finding', count(*) from finding union all select 'funding_entry', count(*) from funding_entry union all select 'project_fact', count(*) from project_fact union all select 'contract', count(*) from contract) x"),
 "db_size": "$(q -c "select pg_size_pretty(pg_database_size('itpm'))")"}
JSON
python3 "$BENCH_DIR/report.py" "$RES" "$report"
log "wrote $report"
