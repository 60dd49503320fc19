package org.egov.itpm.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.egov.itpm.common.ItpmConfig;
import org.jboss.logging.Logger;
import org.egov.itpm.common.LogEvent;

/**
 * Runs the configured demo SQL scripts after Flyway has migrated the schema. The scripts are idempotent (fixed
 * ids, insert … on conflict), so every start of the local run reuses and repairs its demo data. Flyway's own
 * locations are fixed when the jar is built, which is why demo data is not a Flyway location.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    void load(@Observes StartupEvent event, ItpmConfig config, DataSource dataSource) {
        for (String script : config.demoData().scripts()) {
            if (script.isBlank() || script.equals("none")) {
                continue;
            }
            run(dataSource, script.trim());
        }
    }

    private static void run(DataSource dataSource, String script) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("demo data script not found on the classpath: " + script);
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try (Connection c = dataSource.getConnection(); var statement = c.createStatement()) {
                statement.execute(sql);
            }
            LOG.infof("%s demo data loaded: %s", LogEvent.DEMO_DATA_LOADED, script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("demo data script failed: " + script, e);
        }
    }
}
