package org.egov.itpm.testsupport;

import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A durable PostgreSQL (fsync and synchronous commit on, unlike the shared fast test instance) on a fixed port and
 * data directory, which a test can crash with {@code kill -9} of the postmaster and start again on the same data:
 * what a power cut or an OOM kill does to the database under the service. One per test JVM, for the profile
 * {@link #PROFILE}; {@link PostgresResource} points that profile's datasource at it.
 */
public final class CrashableDatabase {

    /** The test profile whose Quarkus app runs against this database. */
    public static final String PROFILE = "org.egov.itpm.platform.reliability.CrashableDatabaseProfile";

    private static CrashableDatabase instance;

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres postgres;

    private CrashableDatabase(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    public static synchronized CrashableDatabase instance() {
        if (instance == null) {
            try {
                instance = new CrashableDatabase(Files.createTempDirectory("itpm-crashable-pg").resolve("data"),
                        freePort());
                instance.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the crashable PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    /** Datasource settings for the Quarkus app under test. */
    public Map<String, String> datasourceConfig() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres");
    }

    public synchronized void start() throws IOException {
        postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky's defaults (-F, synchronous_commit=off) lose acknowledged commits on a crash; a later -c wins
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
    }

    /** SIGKILL of the postmaster (no shutdown checkpoint); returns once it and its backends are gone. */
    public synchronized void crash() throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8)
                .get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IOException("no postmaster " + pid));
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroyForcibly(); // SIGKILL
        awaitGone(postmaster);
        // backends exit when they notice the postmaster died; a new postmaster refuses to start while they hold
        // the old shared memory
        for (ProcessHandle b : backends) {
            awaitGone(b);
        }
        try {
            postgres.close(); // its pg_ctl stop fails (nothing running) and is logged; this releases the data dir lock
        } catch (IOException | RuntimeException ignored) {
            // the server is already gone
        }
    }

    /**
     * Crash, stay down until {@code outageSeen} holds (what the test needs the service to have met of the outage),
     * then start again on the same data directory (crash recovery replays the WAL).
     */
    public void crashAndRestartAfter(Callable<Boolean> outageSeen) throws IOException {
        crash();
        try {
            await("the outage seen by the service").atMost(Duration.ofSeconds(60)).until(outageSeen);
        } finally {
            start();
        }
    }

    public synchronized void stop() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }

    private static void awaitGone(ProcessHandle p) throws IOException {
        try {
            p.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("process " + p.pid() + " did not exit after the postmaster was killed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IOException("cannot watch process " + p.pid(), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
