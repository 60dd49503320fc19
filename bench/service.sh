# The service under test (sourced by bench/run.sh, and usable by bench/startup.sh): production mode, local token
# verification, started from target/quarkus-app (the AppCDS archive records the class path relative to it).
# Started as production starts a replica: the migration step first (migrate_schema), then replicas that do not migrate.
# Background work is off (daily scan, reminder run, webhook deliveries, ledger jobs: SERVICE_ENV="ITPM_LEDGER_JOB_INTERVAL=1s" turns
# those on), so PostgreSQL's statement counts are the requests' own.
# Needs: jar, PORT, BASE, PG_PORT, public_key, ITPM_SECRETS_KEY, JAVA_OPTS, SERVICE_JAVA, SERVICE_CACHE_OPTS.
service_pid="" startup_ms=0

start_service() { # [SERVICE_ENV="K=V ..."] start_service LOGFILE: sets service_pid and startup_ms (to the first ready answer)
  ready_t0=$(date +%s%N)
  run_jar "$1" &
  service_pid=$!
  wait_ready "$service_pid" "$BASE/q/health/ready" "$1"
}

# migrate_schema LOGFILE: the migration step of a release (docs/deploy.md section 4): the same jar and environment with
# Flyway active, exiting after its initialisation. Replicas (start_service) do not migrate, as in production.
migrate_schema() {
  local t0; t0=$(date +%s%N)
  (SERVICE_ENV="DB_MIGRATE_AT_START=true QUARKUS_INIT_AND_EXIT=true ${SERVICE_ENV:-}" run_jar "$1") \
    || { tail -40 "$1" >&2; die "the migration step failed (log $1)"; }
  log "migration step done in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
}

run_jar() { # run_jar LOGFILE: becomes the service's JVM in production mode (exec): call it in a subshell or with &
  # shellcheck disable=SC2086 # JAVA_OPTS, SERVICE_CACHE_OPTS and SERVICE_ENV are word lists
  cd "$(dirname "$jar")" && exec env DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/itpm" DB_USER=itpm DB_PASSWORD=itpm \
    PORT="$PORT" QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_PUBLIC_KEY="$public_key" \
    QUARKUS_OIDC_TOKEN_ISSUER=https://itpm.test/realms/itpm DIRECTORY_CLIENT_SECRET=unused ITPM_SCAN_CRON=off ITPM_REMINDERS_CRON=off \
    ITPM_EXCHANGE_DELIVERY_INTERVAL=off ITPM_LEDGER_JOB_INTERVAL=off ITPM_SECRETS_KEY="$ITPM_SECRETS_KEY" ${SERVICE_ENV:-} \
    "$SERVICE_JAVA" $JAVA_OPTS $SERVICE_CACHE_OPTS -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -jar "$(basename "$jar")" > "$1" 2>&1
}

stop_service() {
  kill "$service_pid"; wait "$service_pid" 2>/dev/null || true; service_pid=""
}

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/${1:-$service_pid}/status" 2>/dev/null || echo 0; }
