package org.egov.itpm.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL (embedded binaries, no Docker) for every @QuarkusTest; one per test JVM. Test profiles listed in
 * {@link #OWN_DATABASE} get a database of their own in it, so data they load (e.g. the demo projects) never
 * reaches the other tests.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    /** Test profile class name → the database its tests use instead of {@code postgres}. */
    static final Map<String, String> OWN_DATABASE = Map.of("org.egov.itpm.demo.DemoDataProfile", "itpm_demo",
            "org.egov.itpm.notification.RemindersProfile", "itpm_reminders");

    private static EmbeddedPostgres postgres;
    private String database = "postgres";
    private boolean crashable;

    @Override
    public void setContext(Context context) {
        String profile = context.testProfile();
        database = profile == null ? "postgres" : OWN_DATABASE.getOrDefault(profile, "postgres");
        crashable = CrashableDatabase.PROFILE.equals(profile);
    }

    /**
     * Set in a second replica's JVM ({@link org.egov.itpm.replicas.SecondReplica}): use the first JVM's database
     * instead of starting one.
     */
    public static final String SHARED_URL = "replica-test.jdbc-url";

    @Override
    public synchronized Map<String, String> start() {
        String shared = System.getProperty(SHARED_URL);
        if (shared != null) {
            return Map.of("quarkus.datasource.jdbc.url", shared, "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        }
        if (crashable) {
            return CrashableDatabase.instance().datasourceConfig();
        }
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setPort(0).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresResource::shutdown));
        }
        if (!database.equals("postgres")) {
            createIfMissing(database);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** Kept running across Quarkus restarts (test profiles); stopped when the JVM exits. */
    @Override
    public void stop() {
    }

    private static void createIfMissing(String database) {
        try (var c = postgres.getPostgresDatabase().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
            if (!rs.next()) {
                st.execute("create database " + database);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    public static EmbeddedPostgres instance() {
        return postgres;
    }

    private static synchronized void shutdown() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException ignored) {
            // the JVM is exiting; nothing more to do
        }
    }
}
