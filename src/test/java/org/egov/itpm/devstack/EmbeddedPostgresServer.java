package org.egov.itpm.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL 17 (zonky embedded binaries, no Docker) for tests and the local run.
 *
 * <ul>
 *   <li>{@link #ephemeral()}: random free port, throw-away data directory; for tests.</li>
 *   <li>{@link #persistent(int, Path)}: fixed port, data directory kept across restarts
 *       ({@code .local/pgdata} for the local run).</li>
 * </ul>
 * Both create the role {@code itpm}/{@code itpm} and the database {@code itpm} (owned by that role) if
 * they are missing. Test sources only: nothing here ships in the product.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "itpm";
    public static final String USER = "itpm";
    public static final String PASSWORD = "itpm";

    private final EmbeddedPostgres postgres;
    private final boolean persistent;
    private volatile boolean stopped;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, boolean persistent) {
        this.postgres = postgres;
        this.persistent = persistent;
    }

    /** Random free port, fresh data directory removed on {@link #stop()}. */
    public static EmbeddedPostgresServer ephemeral() throws IOException {
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(0)
                .start();
        return init(new EmbeddedPostgresServer(pg, false));
    }

    /**
     * Fixed port, data in {@code dataDirectory} kept across restarts. A postmaster left running by an
     * earlier run that was killed (kill -9, crash) is shut down first, otherwise PostgreSQL would refuse
     * to start on the same data directory.
     */
    public static EmbeddedPostgresServer persistent(int port, Path dataDirectory) throws IOException {
        Path dir = dataDirectory.toAbsolutePath();
        Files.createDirectories(dir.getParent());
        stopLeftoverPostmaster(dir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // the caller stops us in the right order (service, Keycloak, PostgreSQL)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky starts PostgreSQL with -F (fsync off) and synchronous_commit=off, which is right for
                // throw-away test databases but loses acknowledged writes on a crash; the local run keeps its data,
                // so it gets PostgreSQL's durable defaults back (a later -c wins over -F).
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        return init(new EmbeddedPostgresServer(pg, true));
    }

    private static EmbeddedPostgresServer init(EmbeddedPostgresServer server) throws IOException {
        try {
            server.createRoleAndDatabaseIfMissing();
            return server;
        } catch (SQLException e) {
            server.stop();
            throw new IOException("Could not create role/database " + USER + "/" + DATABASE + ": " + e.getMessage(), e);
        }
    }

    private void createRoleAndDatabaseIfMissing() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", USER)) {
                try (Statement s = c.createStatement()) {
                    s.execute("create role " + USER + " login password '" + PASSWORD + "'");
                }
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", DATABASE)) {
                try (Statement s = c.createStatement()) {
                    // create database cannot run inside a transaction block; autocommit is on
                    s.execute("create database " + DATABASE + " owner " + USER + " encoding 'UTF8'");
                }
            }
        }
    }

    private static boolean exists(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void stopLeftoverPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster;
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            postmaster = ProcessHandle.of(Long.parseLong(first))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(cmd -> cmd.contains("postgres")).orElse(false));
        } catch (NumberFormatException e) {
            return; // unreadable pid file: PostgreSQL itself will complain or overwrite it
        }
        if (postmaster.isEmpty()) {
            return; // stale pid file of a dead process: PostgreSQL overwrites it
        }
        ProcessHandle p = postmaster.get();
        System.out.println("[devstack] PostgreSQL from an earlier run is still running on " + dataDirectory
                + " (pid " + p.pid() + "); shutting it down");
        // SIGTERM = PostgreSQL "smart" shutdown: consistent on disk once its clients are gone (the local run
        // stops a leftover service before it gets here)
        p.destroy();
        try {
            p.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException stillRunning) {
            // reported below
        }
        if (p.isAlive()) {
            throw new IOException("PostgreSQL pid " + p.pid() + " still holds " + dataDirectory + " (clients still "
                    + "connected?); stop it first: kill -INT " + p.pid());
        }
    }

    /** JDBC URL without credentials, e.g. {@code jdbc:postgresql://localhost:5433/itpm}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return postgres.getPort();
    }

    public boolean isPersistent() {
        return persistent;
    }

    /** Stops PostgreSQL ("fast" shutdown). Idempotent. The ephemeral data directory is deleted. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("[devstack] could not stop PostgreSQL cleanly: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "PostgreSQL " + jdbcUrl() + (persistent ? " (persistent)" : " (ephemeral)");
    }
}
