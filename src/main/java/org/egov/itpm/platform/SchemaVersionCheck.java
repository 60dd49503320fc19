package org.egov.itpm.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.egov.itpm.common.LogEvent;
import org.jboss.logging.Logger;

/**
 * A production replica does not migrate (the migration Job does, once per release: docs/deploy.md section 4, ADR 0017);
 * started against a database that lacks this build's migrations it stops at once with SCHEMA_NOT_MIGRATED instead of
 * failing on requests. One query on the pool's first connection, before any other start-up work touches the schema.
 */
@ApplicationScoped
public class SchemaVersionCheck {

    /** The highest migration of this build (db/migration/V115__…); SchemaVersionTest keeps the two equal. */
    public static final int EXPECTED = 117;

    private static final Logger LOG = Logger.getLogger(SchemaVersionCheck.class);
    // versions are whole numbers (V1__ … V115__); a newer release's migrations are fine (expand/contract)
    private static final String INSTALLED = "select coalesce(max(version::int), 0) from flyway_schema_history"
            + " where success and version is not null";

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start, DataSource dataSource) {
        int installed = installed(dataSource);
        if (installed < EXPECTED) {
            String problem = String.format("database schema at version %d, this build needs %d: run the migration step"
                    + " first (DB_MIGRATE_AT_START=true QUARKUS_INIT_AND_EXIT=true, docs/deploy.md section 4)",
                    installed, EXPECTED);
            LOG.errorf("%s %s", LogEvent.SCHEMA_NOT_MIGRATED, problem);
            throw new IllegalStateException(LogEvent.SCHEMA_NOT_MIGRATED + " " + problem);
        }
    }

    private static int installed(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            if (!historyExists(c)) {
                return 0;
            }
            try (ResultSet rs = st.executeQuery(INSTALLED)) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(LogEvent.SCHEMA_NOT_MIGRATED + " cannot read the schema version", e);
        }
    }

    private static boolean historyExists(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select to_regclass('flyway_schema_history') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
