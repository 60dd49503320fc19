#!/usr/bin/env bash
# EXPLAIN checks: every project list filter the API uses, the nested list's child loads and the platform pull,
# planned by PostgreSQL at 100,000 projects. Exit 1 with a clear message if any plan has a Seq Scan on project
# or a child table (bench/explain.py lists each failure with the index that would fix it).
#
#   bench/explain.sh                  seed 100,000 projects if the data set has another size, then check
#   bench/explain.sh --projects N     check at N projects
#   bench/explain.sh --seeded         check the data set as it is (whatever size was seeded last)
# Uses the private cluster of bench/run.sh (bench/out/pgdata); the schema must exist (run bench/run.sh once).
# Do not run it while bench/run.sh runs (both start and stop the same cluster).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
projects=100000 seeded=false
while [ $# -gt 0 ]; do
  case "$1" in
    --projects) projects="$2"; shift ;;
    --seeded) seeded=true ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
  shift
done
trap 'stop_postgres' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
start_postgres
schema_exists || die "no schema in bench/out/pgdata yet: run bench/run.sh once (the service's Flyway creates it)"
if [ "$seeded" = false ] && [ "$(seeded_projects)" != "$projects" ]; then
  seed "$projects"
fi
log "EXPLAIN checks at $(q -c "select count(*) from project") projects"
python3 "$BENCH_DIR/explain.py" | tee "$OUT_DIR/explain.txt"
