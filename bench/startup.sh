# Start-up bench of issue #19 (sourced by bench/run.sh, which calls startup_bench right after seeding, machine quiet).
# Measures the first response of the service (/q/health/ready 200) and of a minimal Quarkus application with Hibernate
# ORM and PostgreSQL (bench/minimal/generate.sh; its first 200 on GET /greetings), each on JDK 17 with an AppCDS archive
# and on JDK 25 with an AOT cache (JEP 483/514/515) trained as ADR 0017 decides (a production start doing real work),
# 3 runs each, same JVM flags; writes $RES/startup.json; leaves the service built for JDK 25 with its AOT cache in
# target/quarkus-app and sets SERVICE_JAVA / SERVICE_CACHE_OPTS so the scenarios run on the production JVM.
#
# Needs from run.sh: ROOT_DIR BENCH_DIR OUT_DIR RES PG_PORT JAVA_OPTS, log, die, start_service, stop_service.
# Environment: BENCH_JAVA17 (java), BENCH_JAVA25 (/usr/lib/jvm/temurin-25-jdk-amd64/bin/java), BENCH_STARTUP_RUNS (3),
#              BENCH_MAVEN_OFFLINE=1 (build with ./mvnw -o).

STARTUP_JAVA17="${BENCH_JAVA17:-java}"
STARTUP_JAVA25="${BENCH_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
STARTUP_RUNS="${BENCH_STARTUP_RUNS:-3}"
STARTUP_PORT="${PORT:-${BENCH_PORT:-8099}}"
# the options each cache technique runs with, from the working directory target/quarkus-app;
# AOTMode=on: the JVM refuses to start rather than silently run without the cache
APPCDS_OPTS="-XX:SharedArchiveFile=app-cds.jsa -Xlog:cds=warning"
AOT_OPTS="-XX:AOTCache=app.aot -XX:AOTMode=on"

startup_bench() {
  : "${JAVA_OPTS:?run.sh sets JAVA_OPTS (the production JVM flags)}"
  [ -x "$(command -v "$STARTUP_JAVA25")" ] || die "no JDK 25 at $STARTUP_JAVA25 (BENCH_JAVA25)"
  local entries="$RES/startup.entries"
  : > "$entries"
  minimal_table

  build_variant "$ROOT_DIR" "$STARTUP_JAVA17" appcds
  SERVICE_JAVA="$STARTUP_JAVA17" SERVICE_CACHE_OPTS="$APPCDS_OPTS"
  measure service_jdk17_appcds "service, JDK 17 + AppCDS" service
  build_variant "$ROOT_DIR" "$STARTUP_JAVA25" aot
  SERVICE_JAVA="$STARTUP_JAVA25" SERVICE_CACHE_OPTS="$AOT_OPTS"
  measure service_jdk25_aot "service, JDK 25 + AOT cache" service

  local appcds_dir="$OUT_DIR/minimal/jdk17-appcds" aot_dir="$OUT_DIR/minimal/jdk25-aot"
  build_variant "$appcds_dir" "$STARTUP_JAVA17" appcds minimal
  measure minimal_jdk17_appcds "minimal Quarkus (REST + Hibernate ORM + PostgreSQL), JDK 17 + AppCDS" minimal \
    "$appcds_dir" "$STARTUP_JAVA17" "$APPCDS_OPTS"
  build_variant "$aot_dir" "$STARTUP_JAVA25" aot minimal
  measure minimal_jdk25_aot "minimal Quarkus (REST + Hibernate ORM + PostgreSQL), JDK 25 + AOT cache" minimal \
    "$aot_dir" "$STARTUP_JAVA25" "$AOT_OPTS"

  python3 - "$entries" "$RES/startup.json" <<'PY'
import json, statistics, sys
entries = []
for line in open(sys.argv[1], encoding="utf-8"):
    key, label, java, runs, rss = line.rstrip("\n").split("\t")
    runs_ms = [int(r) for r in runs.split()]
    entries.append({"key": key, "label": label, "java": java, "runs_ms": runs_ms,
                    "median_ms": int(statistics.median(runs_ms)), "rss_kb": int(rss)})
json.dump({"entries": entries, "budget": {"service": "service_jdk25_aot", "reference": "minimal_jdk25_aot"}},
          open(sys.argv[2], "w", encoding="utf-8"), indent=1)
PY
  log "start-up medians: $(python3 -c 'import json,sys; print(", ".join("%s %d ms" % (e["key"], e["median_ms"]) for e in json.load(open(sys.argv[1]))["entries"]))' "$RES/startup.json")"
  # the scenarios run on the production JVM: JDK 25 with the service's AOT cache (target/quarkus-app/app.aot)
  SERVICE_JAVA="$STARTUP_JAVA25" SERVICE_CACHE_OPTS="$AOT_OPTS"
}

# measure KEY LABEL service | measure KEY LABEL minimal DIR JAVA CACHE_OPTS: STARTUP_RUNS starts to the first response,
# RSS right after the last one; appends a line to $RES/startup.entries
measure() {
  local key="$1" label="$2" kind="$3" runs="" rss=0 i java
  java="$([ "$kind" = service ] && echo "$SERVICE_JAVA" || echo "$5")"
  for i in $(seq 1 "$STARTUP_RUNS"); do
    if [ "$kind" = service ]; then
      start_service "$OUT_DIR/startup-$key-$i.log"
      rss=$(awk '/VmRSS/ {print $2}' "/proc/$service_pid/status"); stop_service
    else
      start_minimal "$4" "$5" "$6" "$OUT_DIR/startup-$key-$i.log"
      rss=$(awk '/VmRSS/ {print $2}' "/proc/$minimal_pid/status"); stop_minimal
    fi
    runs="$runs $startup_ms"
  done
  log "$key: first response after$runs ms (RSS $((rss / 1024)) MB)"
  printf '%s\t%s\t%s\t%s\t%s\n' "$key" "$label" "$("$java" -version 2>&1 | sed -n 2p)" "${runs# }" "$rss" >> "$RES/startup.entries"
}

# build_variant DIR JAVA appcds|aot [minimal]: ./mvnw package in DIR with the JDK of JAVA, unless its quarkus-app is
# already that variant and newer than the sources. appcds: fast-jar and app-cds.jsa (Quarkus dumps it at the end of the
# build); aot: aot-jar, then a training run on JAVA against the bench database writes app.aot (train_*).
build_variant() {
  local dir="$1" java="$2" variant="$3" kind="${4:-service}" app="$1/target/quarkus-app" cache mvn_flags=(-q -B)
  cache="$([ "$variant" = appcds ] && echo app-cds.jsa || echo app.aot)"
  [ "${BENCH_MAVEN_OFFLINE:-}" = 1 ] && mvn_flags+=(-o)
  if [ "$kind" = minimal ]; then
    [ -f "$dir/pom.xml" ] && [ ! "$BENCH_DIR/minimal/generate.sh" -nt "$dir/pom.xml" ] || {
      rm -rf "$dir"; "$BENCH_DIR/minimal/generate.sh" "$dir"; }
  fi
  if [ -f "$app/$cache" ] && [ -z "$(find "$dir/pom.xml" "$dir/src/main" -newer "$app/$cache" -print -quit)" ]; then
    log "$(basename "$dir"): $variant build up to date ($app/$cache)"; return
  fi
  local jdk; jdk="$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")")"
  log "$(basename "$dir"): building the $variant variant with $jdk"
  rm -rf "$app"
  if [ "$variant" = appcds ]; then
    JAVA_HOME="$jdk" "$ROOT_DIR/mvnw" "${mvn_flags[@]}" -f "$dir/pom.xml" package -DskipTests \
      -Dquarkus.package.jar.aot.enabled=true -Dquarkus.package.jar.aot.type=app-cds
  else
    JAVA_HOME="$jdk" "$ROOT_DIR/mvnw" "${mvn_flags[@]}" -f "$dir/pom.xml" package -DskipTests \
      -Dquarkus.package.jar.type=aot-jar
    "train_$kind" "$dir" "$java"
  fi
  [ -f "$app/$cache" ] || die "no $app/$cache after the $variant build"
}

# train_service DIR JAVA: the service on JAVA records what it loads and runs into app.aot while it starts, answers
# the read paths the frontend and the platform use and a stage move, then stops (the JVM writes the cache at exit)
train_service() {
  local tokens="$OUT_DIR/tokens.env" base="http://127.0.0.1:$STARTUP_PORT" saved_java="$SERVICE_JAVA" saved_opts="$SERVICE_CACHE_OPTS"
  [ -f "$tokens" ] || die "$tokens missing (run.sh mints the tokens first)"
  SERVICE_JAVA="$2" SERVICE_CACHE_OPTS="-XX:AOTCacheOutput=app.aot"
  log "service: AOT training run"
  start_service "$OUT_DIR/startup-training.log"
  local admin lead project i
  admin="$(sed -n 's/^admin=//p' "$tokens")"; lead="$(sed -n 's/^qufu_lead=//p' "$tokens")"
  project="$(q -c "select p.id from project p join organisation o on o.id = p.owner_org_id
                   where o.credit_code = '11370881004123456F' and p.stage = 'CONSTRUCTION' order by p.local_code limit 1")"
  local nested; nested="$(python3 -c 'import json,sys; print(json.dumps({"query": open(sys.argv[1]).read(), "variables": {"n": 50}}))' "$BENCH_DIR/graphql-nested.graphql")"
  for i in $(seq 1 20); do
    curl -s -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ regions { code } }"}' "$base/graphql"
    training_post "$base/graphql" "$admin" '{"query":"{ regions { code name } }"}'
    training_post "$base/graphql" "$admin" "$nested"
    training_post "$base/graphql" "$admin" '{"query":"query($f: ProjectFilter) { projects(first: 20, filter: $f) { totalCount edges { node { id name stage } } } }","variables":{"f":{"nameContains":"system"}}}'
    curl -s -o /dev/null -H "Authorization: Bearer $admin" "$base/api/platform/v1/projects" || true
  done
  if [ -n "$project" ]; then
    training_post "$base/graphql" "$lead" "{\"query\":\"mutation { suspendProject(projectId: \\\"$project\\\", reason: \\\"AOT training\\\") { id } }\"}"
    training_post "$base/graphql" "$lead" "{\"query\":\"mutation { resumeProject(projectId: \\\"$project\\\", reason: \\\"AOT training\\\") { id } }\"}"
  fi
  stop_service
  SERVICE_JAVA="$saved_java" SERVICE_CACHE_OPTS="$saved_opts"
}

training_post() { # training_post URL TOKEN BODY
  curl -s -o /dev/null -H "Authorization: Bearer $2" -H 'Content-Type: application/json' --data-binary "$3" "$1" || true
}

# train_minimal DIR JAVA: the same technique for the minimal application (start, its GET endpoint, stop)
train_minimal() {
  log "$(basename "$1"): AOT training run"
  start_minimal "$1" "$2" "-XX:AOTCacheOutput=app.aot" "$OUT_DIR/startup-minimal-training.log"
  local i; for i in $(seq 1 20); do curl -s -o /dev/null "http://127.0.0.1:$STARTUP_PORT/greetings"; done
  stop_minimal
}

# start_minimal DIR JAVA CACHE_OPTS LOGFILE: started like start_service starts the service (same flags, variables and
# working directory); sets minimal_pid and startup_ms (first 200 of GET /greetings)
start_minimal() {
  ready_t0=$(date +%s%N)
  (cd "$1/target/quarkus-app" && exec env DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/itpm" DB_USER=itpm \
    DB_PASSWORD=itpm PORT="$STARTUP_PORT" \
    "$2" $JAVA_OPTS $3 -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar quarkus-run.jar) > "$4" 2>&1 &
  minimal_pid=$!
  wait_ready "$minimal_pid" "http://127.0.0.1:$STARTUP_PORT/greetings" "$4"
}
stop_minimal() { kill "$minimal_pid"; wait "$minimal_pid" 2>/dev/null || true; minimal_pid=""; }

# the minimal application's one table, in a schema of its own (PostGraphile serves only public)
minimal_table() {
  q -c "create schema if not exists minimal" \
    -c "create table if not exists minimal.greeting (id bigint primary key, text text not null)" \
    -c "insert into minimal.greeting values (1, 'ni hao'), (2, 'hello') on conflict do nothing" >/dev/null
}
