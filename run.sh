#!/usr/bin/env bash
# Local run of egov-itpm without Docker: embedded PostgreSQL (:5433), Keycloak 26.7.3 (:8180, realm itpm)
# and the service (:8080). Needs a JDK 17+ and access to a Maven repository; downloads and data are kept in
# .local/ and reused by the next run. Ctrl-C stops everything.
#
#   ./run.sh                  everything
#   ./run.sh --reset-keycloak re-import keycloak/itpm-realm.json + keycloak/demo/ (Keycloak's data is deleted)
#   ./run.sh --reset-db       empty database
#   ./run.sh --no-service     only PostgreSQL and Keycloak
#   ./run.sh --help           all options
set -euo pipefail
cd "$(dirname "$0")"

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$java_bin" >/dev/null 2>&1; then
  echo "run.sh: no java found (JAVA_HOME or PATH). Install a JDK 17 or newer, e.g. apt-get install openjdk-17-jdk-headless" >&2
  exit 1
fi
java_version="$("$java_bin" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')"
java_major="${java_version%%.*}"
if [ "$java_major" = "1" ]; then                  # 1.8.0_x style
  java_major="$(echo "$java_version" | cut -d. -f2)"
fi
if ! [[ "$java_major" =~ ^[0-9]+$ ]] || [ "$java_major" -lt 17 ]; then
  echo "run.sh: Java ${java_version:-unknown} found at $(command -v "$java_bin"); Java 17 or newer is needed" >&2
  exit 1
fi
if ! command -v "${JAVA_HOME:+$JAVA_HOME/bin/}javac" >/dev/null 2>&1; then
  echo "run.sh: javac not found: a JDK (not only a JRE) is needed to build" >&2
  exit 1
fi

with_service=true
for arg in "$@"; do
  case "$arg" in
    --no-service) with_service=false ;;
  esac
done

# newer_than FILE PATH...: prints something if any PATH holds a file newer than FILE
newer_than() {
  local ref="$1"; shift
  find "$@" -newer "$ref" -print -quit 2>/dev/null
}

jar=target/quarkus-app/quarkus-run.jar
if [ "$with_service" = true ]; then
  if [ ! -f "$jar" ] || [ -n "$(newer_than "$jar" pom.xml src/main)" ]; then
    echo "run.sh: building the service: ./mvnw -q -B package -DskipTests"
    ./mvnw -q -B package -DskipTests
  else
    echo "run.sh: $jar is up to date"
  fi
fi

classpath_file=target/devstack.classpath
if [ ! -s "$classpath_file" ] || [ pom.xml -nt "$classpath_file" ]; then
  echo "run.sh: resolving the test classpath"
  ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
fi

launcher=target/test-classes/org/egov/itpm/devstack/LocalRun.class
if [ ! -f "$launcher" ] || [ -n "$(newer_than "$launcher" pom.xml src/test/java)" ]; then
  echo "run.sh: compiling the dev-stack launcher: ./mvnw -q -B test-compile"
  ./mvnw -q -B test-compile
fi

# jboss-logmanager is on the classpath (Quarkus): tell the JDK before anything logs
exec "$java_bin" -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "target/test-classes:$(cat "$classpath_file")" org.egov.itpm.devstack.LocalRun "$@"
