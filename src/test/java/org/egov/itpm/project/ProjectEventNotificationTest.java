package org.egov.itpm.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.egov.itpm.policy.Stage;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/** NOTIFY is sent only when the change commits; the LISTEN connection comes back after it is cut. */
@QuarkusTest
class ProjectEventNotificationTest {

    @Inject
    ProjectEventNotifier notifier;
    @Inject
    ProjectEventListener listener;
    @Inject
    AgroalDataSource db;

    @Test
    void shouldNotifyNobodyOfARolledBackChangeAndEveryoneOfACommittedOne() throws Exception {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("LISTEN " + ProjectEventNotifier.CHANNEL);
            UUID rolledBack = UUID.randomUUID();
            QuarkusTransaction.begin();
            notifier.onChange(new ProjectChanged(rolledBack, "STAGE", Stage.DRAFT, Stage.LIBRARY, "someone"));
            QuarkusTransaction.rollback();
            UUID committed = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> notifier.onChange(
                    new ProjectChanged(committed, "STAGE", Stage.DRAFT, Stage.LIBRARY, "someone")));
            PGNotification[] got = c.unwrap(PGConnection.class).getNotifications(2_000);
            assertThat(got).isNotNull();
            List<String> payloads = java.util.Arrays.stream(got).map(PGNotification::getParameter).toList();
            assertThat(payloads).anyMatch(p -> p.contains(committed.toString()));
            assertThat(payloads).noneMatch(p -> p.contains(rolledBack.toString()));
        }
    }

    @Test
    void shouldKeepThePayloadSmallWhateverTheActor() {
        String payload = notifier.payload(new ProjectChanged(UUID.randomUUID(), "STAGE", Stage.DRAFT, Stage.LIBRARY,
                "x".repeat(100_000)));
        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThan(8000);
    }

    @Test
    void shouldListenAgainAfterTheConnectionIsCut() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(listener::listening);
        List<ProjectEventsGraphQLApi.ProjectEvent> seen = new CopyOnWriteArrayList<>();
        var subscription = listener.events().subscribe().with(seen::add);
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute("select pg_terminate_backend(pid) from pg_stat_activity where query = 'LISTEN "
                    + ProjectEventNotifier.CHANNEL + "' and pid <> pg_backend_pid()");
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !listener.listening());
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(listener::listening);
        UUID after = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> notifier.onChange(
                new ProjectChanged(after, "UPDATED", Stage.DRAFT, Stage.DRAFT, "someone")));
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> seen.stream().anyMatch(e -> after.equals(e.projectId())));
        // the first event after the cut tells every subscriber that changes in between were not sent
        assertThat(seen.get(0).type()).isEqualTo("RESYNC");
        assertThat(seen.get(0).projectId()).isNull();
        subscription.cancel();
    }
}
