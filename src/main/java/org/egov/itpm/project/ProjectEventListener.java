package org.egov.itpm.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.egov.itpm.policy.Stage;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.egov.itpm.common.LogEvent;

/**
 * This replica's ear on {@link ProjectEventNotifier#CHANNEL}: one dedicated connection (outside the pool) that
 * LISTENs on a thread of its own, reconnecting with back-off when the database goes away, and emits every
 * notification, from whichever replica, to this replica's subscribers. Events during a reconnect are missed:
 * subscriptions are a live view, not a log (the outbox is the log; docs/adr/0008). So once listening again after a
 * lost connection, every subscriber gets a RESYNC event: reload, something may have changed meanwhile.
 */
@ApplicationScoped
public class ProjectEventListener {

    private static final Logger LOG = Logger.getLogger(ProjectEventListener.class);
    private static final int POLL_MILLIS = 500;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final BroadcastProcessor<ProjectEventsGraphQLApi.ProjectEvent> events = BroadcastProcessor.create();
    private final ObjectMapper json;
    private final Clock clock;
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread thread;

    @Inject
    public ProjectEventListener(ObjectMapper json, Clock clock,
                                @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                                @ConfigProperty(name = "quarkus.datasource.username") String user,
                                @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.json = json;
        this.clock = clock;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Every project event of every replica, as it arrives here. */
    public Multi<ProjectEventsGraphQLApi.ProjectEvent> events() {
        return events;
    }

    /** True while the LISTEN connection is up. */
    public boolean listening() {
        return listening;
    }

    void start(@Observes StartupEvent start) {
        running = true;
        thread = new Thread(this::loop, "itpm-project-events-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stop) throws InterruptedException {
        running = false;
        closeQuietly(connection);
        if (thread != null) {
            thread.join(2_000);
        }
    }

    private void loop() {
        Duration backoff = FIRST_BACKOFF;
        boolean lost = false;
        while (running) {
            try (Connection c = connect()) {
                connection = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + ProjectEventNotifier.CHANNEL);
                }
                listening = true;
                backoff = FIRST_BACKOFF;
                LOG.debugf("%s listening for project events", LogEvent.EVENTS_LISTENING);
                if (lost) {
                    events.onNext(ProjectEventsGraphQLApi.ProjectEvent.resync(clock.instant()));
                    lost = false;
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification n : received) {
                            emit(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                lost = true;
                if (running) {
                    LOG.warnf("%s project event listener lost its connection (%s); retrying in %d ms",
                            LogEvent.EVENTS_RECONNECTING, e.getMessage(),
                            backoff.toMillis());
                }
            } finally {
                listening = false;
                connection = null;
            }
            if (running) {
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** A connection of its own, outside the pool, named so that it is easy to find in pg_stat_activity. */
    private Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("ApplicationName", "itpm-project-events-listener");
        p.setProperty("tcpKeepAlive", "true");
        Connection c = new org.postgresql.Driver().connect(url, p);
        if (c == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + url);
        }
        return c;
    }

    private void emit(String payload) {
        try {
            JsonNode n = json.readTree(payload);
            events.onNext(new ProjectEventsGraphQLApi.ProjectEvent(UUID.fromString(n.path("projectId").asText()),
                    n.path("type").asText(), stage(n.path("from")), stage(n.path("to")),
                    n.path("actor").isNull() ? null : n.path("actor").asText(), Instant.parse(n.path("at").asText())));
        } catch (Exception e) {
            // One unreadable notification must not stop the others.
            LOG.warnf("%s unreadable project event notification ignored: %s", LogEvent.EVENT_UNREADABLE, e.getMessage());
        }
    }

    private static Stage stage(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : Stage.valueOf(n.asText());
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing to stop; nothing to do
            }
        }
    }
}
