#!/usr/bin/env bash
# Writes the minimal Quarkus reference application of the start-up bench (issue #19) into DIR: Quarkus REST with
# Jackson, Hibernate ORM with Panache and the PostgreSQL driver; one entity (table minimal.greeting, which
# bench/startup.sh creates) and one GET endpoint reading it. Same Quarkus version and Java level as the service, so the
# two start the same way; nothing of it is committed, it is generated at bench time.
#
#   bench/minimal/generate.sh DIR      then: ./mvnw -f DIR/pom.xml package -DskipTests [-Dquarkus.package.jar...]
set -euo pipefail
dir="${1:?usage: generate.sh DIR}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$root/pom.xml" | head -1; }
quarkus_version="$(prop quarkus.platform.version)"
compiler_version="$(prop compiler-plugin.version)"
surefire_version="$(prop surefire-plugin.version)"
java_release="$(prop maven.compiler.release)"
pkg="$dir/src/main/java/org/egov/bench/minimal"
mkdir -p "$pkg" "$dir/src/main/resources"

cat > "$dir/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.egov.bench</groupId>
  <artifactId>minimal-quarkus</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>$java_release</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.quarkus.platform</groupId><artifactId>quarkus-bom</artifactId><version>$quarkus_version</version>
        <type>pom</type><scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-rest</artifactId></dependency>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-rest-jackson</artifactId></dependency>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-hibernate-orm-panache</artifactId></dependency>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-jdbc-postgresql</artifactId></dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>io.quarkus.platform</groupId><artifactId>quarkus-maven-plugin</artifactId>
        <version>$quarkus_version</version><extensions>true</extensions>
        <executions><execution><goals><goal>build</goal></goals></execution></executions>
      </plugin>
      <plugin><artifactId>maven-compiler-plugin</artifactId><version>$compiler_version</version></plugin>
      <plugin><artifactId>maven-surefire-plugin</artifactId><version>$surefire_version</version></plugin>
    </plugins>
  </build>
</project>
POM

cat > "$pkg/Greeting.java" <<'JAVA'
package org.egov.bench.minimal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(schema = "minimal", name = "greeting")
public class Greeting extends PanacheEntityBase {
    @Id
    public Long id;
    public String text;
}
JAVA

cat > "$pkg/GreetingResource.java" <<'JAVA'
package org.egov.bench.minimal;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("/greetings")
public class GreetingResource {
    @GET
    public List<Greeting> list() {
        return Greeting.listAll(Sort.by("id"));
    }
}
JAVA

# the service's environment variables (DB_URL, DB_USER, DB_PASSWORD, PORT), so both are started the same way
cat > "$dir/src/main/resources/application.properties" <<'PROPS'
quarkus.datasource.db-kind=postgresql
quarkus.datasource.jdbc.url=${DB_URL:jdbc:postgresql://localhost:5432/itpm}
quarkus.datasource.username=${DB_USER:itpm}
quarkus.datasource.password=${DB_PASSWORD:itpm}
quarkus.http.port=${PORT:8080}
quarkus.hibernate-orm.schema-management.strategy=none
PROPS
