package org.egov.itpm.deploy;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.egov.itpm.testsupport.PostgresResource;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) started in production mode as a process of its own,
 * on the JDK of the test run and the tests' embedded PostgreSQL, with OIDC verifying locally signed tokens as
 * bench/run.sh configures it. Every @QuarkusTest runs the test profile in the test JVM; this is the one check of the
 * prod profile's start, which once failed only there. Started as in production: the migration step first (the same
 * jar with DB_MIGRATE_AT_START and QUARKUS_INIT_AND_EXIT, the Job egov-itpm-migrate), then the replica, which does not
 * migrate. Runs after package (pom.xml, execution production-start). With the aot profile (on JDK 25) the replica's
 * start is also the training run of the image's AOT cache (ADR 0017).
 */
@EnabledIfSystemProperty(named = ProductionStartIT.APP_DIR, matches = ".+")
class ProductionStartIT {

    /** System property naming the packaged application's directory (set by the production-start execution). */
    static final String APP_DIR = "itpm.packaged-app";
    /** System property: the AOT cache file this start records (JDK 25 -XX:AOTCacheOutput), blank for none. */
    static final String AOT_OUTPUT = "itpm.aot-cache-output";

    private Process service;
    private Path log;

    @Test
    void packagedServiceStartsInProductionModeAndAnswersOnlySignedRequests() throws Exception {
        Map<String, String> db = new PostgresResource().start();
        Path migration = Files.createTempFile("production-migration", ".log");
        Process migrate = command(db, freePort(), Map.of("DB_MIGRATE_AT_START", "true", "QUARKUS_INIT_AND_EXIT", "true"),
                migration, false).start();
        assertThat(migrate.waitFor(3, TimeUnit.MINUTES)).as("the migration step exits; log %s", migration).isTrue();
        assertThat(migrate.exitValue()).as("the migration step succeeds; its log:%n%s", Files.readString(migration)).isZero();

        int port = freePort();
        start(db, port);

        given().port(port).contentType(ContentType.JSON).body("{\"query\":\"{ regions { code } }\"}")
                .post("/graphql").then().statusCode(401);
        given().port(port).contentType(ContentType.JSON).auth().oauth2(TestTokens.tokenFor(TestTokens.ADMIN))
                .body("{\"query\":\"{ regions { code } }\"}")
                .post("/graphql").then().statusCode(200)
                .body("errors", nullValue()).body("data.regions.code", hasItem("370000"));
        assertThat(Files.readAllLines(log)).as("log of the production start (%s)", log)
                .noneMatch(line -> line.contains(" ERROR ")).noneMatch(line -> line.contains("Flyway"));
    }

    @Test
    void replicaStopsAtOnceOnADatabaseTheMigrationStepHasNotRun() throws Exception {
        Map<String, String> db = new HashMap<>(new PostgresResource().start());
        String empty = "unmigrated_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(db.get("quarkus.datasource.jdbc.url"),
                db.get("quarkus.datasource.username"), db.get("quarkus.datasource.password"));
             Statement st = c.createStatement()) {
            st.execute("create database " + empty);
        }
        db.put("quarkus.datasource.jdbc.url", db.get("quarkus.datasource.jdbc.url").replaceFirst("/postgres(\\?|$)", "/" + empty + "$1"));
        Path replica = Files.createTempFile("production-unmigrated", ".log");
        Process p = command(db, freePort(), Map.of(), replica, false).start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("the replica stops by itself; log %s", replica).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(Files.readString(replica)).contains("ITPM-E090 SCHEMA_NOT_MIGRATED database schema at version 0");
    }

    private void start(Map<String, String> db, int port) throws IOException {
        log = Files.createTempFile("production-start", ".log");
        service = command(db, port, Map.of(), log, true).start();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> !service.isAlive() || isUp(http, ready));
        assertThat(service.isAlive()).as("the service is running; its log:\n%s", Files.readString(log)).isTrue();
    }

    /** {@code java -jar quarkus-run.jar} in the packaged app's directory with production's environment plus {@code extra}. */
    private static ProcessBuilder command(Map<String, String> db, int port, Map<String, String> extra, Path log,
            boolean training) throws IOException {
        Path app = Path.of(System.getProperty(APP_DIR));
        assertThat(app.resolve("quarkus-run.jar")).as("run after package").isRegularFile();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(
                List.of(java, "-Xmx256m", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager"));
        if (training) {
            aotOutput().ifPresent(cache -> command.add("-XX:AOTCacheOutput=" + cache));
        }
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(app.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("ITPM_"));
        env.putAll(Map.of("DB_URL", db.get("quarkus.datasource.jdbc.url"),
                "DB_USER", db.get("quarkus.datasource.username"), "DB_PASSWORD", db.get("quarkus.datasource.password"),
                "PORT", Integer.toString(port), "QUARKUS_OIDC_AUTH_SERVER_URL", "",
                "QUARKUS_OIDC_PUBLIC_KEY", testPublicKey(), "QUARKUS_OIDC_TOKEN_ISSUER", "https://itpm.test/realms/itpm",
                "DIRECTORY_CLIENT_SECRET", "unused", "ITPM_SCAN_CRON", "off", "ITPM_EXCHANGE_DELIVERY_INTERVAL", "off"));
        env.put("ITPM_SECRETS_KEY", randomKey());
        env.putAll(extra);
        return pb;
    }

    /** Stops the service; a training run writes its AOT cache as the JVM exits, which takes a while longer. */
    @AfterEach
    void stop() throws InterruptedException {
        if (service == null) {
            return;
        }
        service.destroy();
        if (!service.waitFor(aotOutput().isPresent() ? 300 : 30, TimeUnit.SECONDS)) {
            service.destroyForcibly();
        }
        aotOutput().ifPresent(cache -> assertThat(Path.of(System.getProperty(APP_DIR), cache))
                .as("AOT cache written at exit; log %s", log).isNotEmptyFile());
    }

    private static Optional<String> aotOutput() {
        return Optional.ofNullable(System.getProperty(AOT_OUTPUT)).filter(s -> !s.isBlank());
    }

    private static boolean isUp(HttpClient http, HttpRequest ready) throws InterruptedException {
        try {
            return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }

    /** The key application.properties gives the test profile, which signs {@link TestTokens}. */
    private static String testPublicKey() throws IOException {
        String prefix = "%test.quarkus.oidc.public-key=";
        List<String> lines = Files.readAllLines(Deploy.root().resolve("src/main/resources/application.properties"));
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
