# Shared helpers of bench/run.sh and bench/explain.sh (sourced, not run).
# PostgreSQL: Debian's postgresql-15 binaries (installed with apt-get when missing), a private cluster in
# bench/out/pgdata on its own port, run as the OS user postgres (initdb refuses root). The system cluster
# (pg_ctlcluster) is never touched. BENCH_OUT puts bench/out (cluster, logs, results) elsewhere, e.g. under /tmp.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$BENCH_DIR/.." && pwd)"
OUT_DIR="${BENCH_OUT:-$BENCH_DIR/out}"
PG_DATA="$OUT_DIR/pgdata"
PG_RUN="$OUT_DIR/pgrun"
PG_PORT="${BENCH_PG_PORT:-5491}"
PG_BIN="${BENCH_PG_BIN:-}"
export PGHOST=127.0.0.1 PGPORT="$PG_PORT" PGUSER=itpm PGPASSWORD=itpm PGDATABASE=itpm

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

apt_updated=false
apt_install() { # apt_install PACKAGE...
  [ "$(id -u)" = 0 ] || die "need root to apt-get install $* (or install it yourself)"
  if [ "$apt_updated" = false ]; then
    log "apt-get update"; DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null; apt_updated=true
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_postgres_binaries() {
  if [ -z "$PG_BIN" ]; then
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  fi
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    apt_install postgresql postgresql-contrib
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  fi
  command -v psql >/dev/null || apt_install postgresql-client
  command -v pgbench >/dev/null || [ -x "$PG_BIN/pgbench" ] || apt_install postgresql-contrib
  PGBENCH="$(command -v pgbench || echo "$PG_BIN/pgbench")"
  id postgres >/dev/null 2>&1 || die "no OS user postgres (comes with the postgresql package)"
}

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_started_by_us=false
start_postgres() {
  ensure_postgres_binaries
  mkdir -p "$OUT_DIR" "$PG_RUN"
  [ "$(id -u)" = 0 ] && chown postgres "$PG_RUN"
  if [ ! -s "$PG_DATA/PG_VERSION" ]; then
    log "initdb $PG_DATA ($PG_BIN)"
    mkdir -p "$PG_DATA"; [ "$(id -u)" = 0 ] && chown postgres "$PG_DATA"
    as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 >/dev/null
    cat >> "$PG_DATA/postgresql.conf" <<CONF
# bench: modest settings for a 2-core / 24 GB machine (see docs/performance.md)
listen_addresses = '127.0.0.1'
max_connections = 200
shared_buffers = 512MB
effective_cache_size = 4GB
work_mem = 16MB
maintenance_work_mem = 256MB
random_page_cost = 1.1
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = all
pg_stat_statements.max = 10000
CONF
    echo "host all all 127.0.0.1/32 scram-sha-256" >> "$PG_DATA/pg_hba.conf"
  fi
  if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    log "PostgreSQL already running on $PG_DATA (left by an earlier run); stopping it first"
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
  fi
  log "starting PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -t 60 -l "$PG_RUN/postgres.log" \
    -o "-p $PG_PORT -k $PG_RUN" start >/dev/null
  pg_started_by_us=true
  as_postgres psql -h "$PG_RUN" -p "$PG_PORT" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 <<'SQL' >/dev/null
select 'create role itpm login password ''itpm''' where not exists (select 1 from pg_roles where rolname = 'itpm') \gexec
select 'create database itpm owner itpm encoding ''UTF8''' where not exists (select 1 from pg_database where datname = 'itpm') \gexec
SQL
  PGOPTIONS="-c client_min_messages=warning" as_postgres psql -h "$PG_RUN" -p "$PG_PORT" -U postgres -d itpm -qAt \
    -v ON_ERROR_STOP=1 -c "create extension if not exists pg_stat_statements" -c "grant pg_read_all_stats to itpm" >/dev/null
}

stop_postgres() {
  if [ "$pg_started_by_us" = true ]; then
    log "stopping PostgreSQL"
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
    pg_started_by_us=false
  fi
}

# wait_ready PID URL LOG: waits until URL answers 2xx while process PID lives (at most 180 s); sets startup_ms, the
# time since ready_t0 (date +%s%N, set by the caller right before it started PID)
wait_ready() {
  local pid="$1" url="$2" logf="$3"
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { tail -40 "$logf" >&2; die "pid $pid exited during start-up (log $logf)"; }
    [ $(( ($(date +%s%N) - ready_t0) / 1000000000 )) -lt 180 ] || die "$url not ready after 180 s (log $logf)"
    sleep 0.02
  done
  startup_ms=$(( ($(date +%s%N) - ready_t0) / 1000000 ))
}

# psql as the owner of the schema (itpm)
q() { psql -qAt -v ON_ERROR_STOP=1 "$@"; }

seeded_projects() { q -c "select projects from bench.seed_info" 2>/dev/null || echo 0; }
schema_exists() { [ "$(q -c "select to_regclass('public.project') is not null" 2>/dev/null)" = t ]; }

# seed N: demo organisations, then the generated data set, contracts if their table exists, then VACUUM ANALYZE
seed() {
  local n="$1" t0; t0=$(date +%s)
  log "loading demo organisations"
  q -f "$ROOT_DIR/src/main/resources/db/demo/R__demo_organisations.sql" >/dev/null
  log "seeding $n projects (generate_series)"
  # (the truncate's cascade NOTICEs are not news)
  PGOPTIONS="-c client_min_messages=warning" q -v projects="$n" -f "$BENCH_DIR/sql/seed.sql" >/dev/null
  log "seeding contracts (bench/sql/seed-contracts.sql)"
  PGOPTIONS="-c client_min_messages=warning" q -f "$BENCH_DIR/sql/seed-contracts.sql" >/dev/null
  log "vacuum analyze"
  qsuper -c "vacuum analyze" >/dev/null
  log "seeded in $(( $(date +%s) - t0 )) s: $(row_counts_json)"
}

# {"project": N, …}: rows per table of the data set
row_counts_json() {
  local t sql=""
  for t in project stage_transition review expert_opinion approval document finding funding_entry project_fact contract pack_binding; do
    sql="$sql${sql:+ union all }select '$t' t, count(*) n from $t"
  done
  q -c "select json_object_agg(t, n) from ($sql) x"
}

# psql as the cluster superuser over the private socket (pg_stat_statements_reset, extensions)
qsuper() { as_postgres psql -h "$PG_RUN" -p "$PG_PORT" -U postgres -d itpm -qAt -v ON_ERROR_STOP=1 "$@"; }

# a data set the scenarios changed (mutations, ledger import) is seeded again by the next run
seed_touched() { q -c "select touched from bench.seed_info" 2>/dev/null || echo t; }
mark_seed_touched() { q -c "update bench.seed_info set touched = true" >/dev/null; }
