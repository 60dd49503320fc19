package org.egov.itpm.replicas;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.egov.itpm.compliance.DailyScan;
import org.egov.itpm.devstack.PlatformSimulator;
import org.egov.itpm.platform.exchange.Exchange;
import org.egov.itpm.platform.exchange.outbox.Deliverer;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.egov.itpm.notification.ReminderRun;
import org.junit.jupiter.api.Test;

/**
 * Two replicas on one database (#14 item 5): this JVM's application (A) and a second JVM running the same
 * application ({@link SecondReplica}, B). Subscribers on either replica see changes made through the other, the
 * daily scan started on both at the same instant runs once, and webhooks delivered by both arrive once each.
 */
@QuarkusTest
@TestProfile(ReplicaProfile.class)
class TwoReplicasTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECRET = "two-replicas-webhook-secret-0123";
    static SecondReplica b;

    @Inject
    Vertx vertx;
    @Inject
    DailyScan scan;
    @Inject
    Deliverer deliverer;
    @Inject
    ReminderRun reminders;
    @Inject
    AgroalDataSource db;
    @TestHTTPResource("/")
    URI a;

    @BeforeAll
    static void startSecondReplica() throws Exception {
        b = SecondReplica.start(ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
    }

    @AfterAll
    static void stopSecondReplica() throws Exception {
        if (b != null) {
            b.close();
        }
    }

    @Test
    void shouldTellSubscribersOnEachReplicaOfChangesMadeThroughTheOther() throws Exception {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "双副本订阅", "100.00", "CONSTRUCTION",
                "FISCAL");
        BlockingQueue<JsonNode> onB = new LinkedBlockingQueue<>();
        WebSocket socketB = subscribe(b.port(), w.projectId, onB);
        awaitLive(onB, a.getPort(), w.projectId);
        w.library(); // through A
        JsonNode stage = nextEvent(onB, "STAGE");
        assertThat(stage.path("to").asText()).isEqualTo("LIBRARY");
        assertThat(stage.path("actor").asText()).isEqualTo("qufu-staff-unit-staff");

        BlockingQueue<JsonNode> onA = new LinkedBlockingQueue<>();
        WebSocket socketA = subscribe(a.getPort(), w.projectId, onA);
        awaitLive(onA, b.port(), w.projectId); // a change through B reaches a subscriber on A
        assertThat(nextEvent(onB, "UPDATED")).as("B's own subscriber saw it too").isNotNull();

        // the subscription's own scope check still holds on every replica
        Walk foreign = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "双副本越权", "100.00",
                "CONSTRUCTION", "FISCAL");
        BlockingQueue<JsonNode> refused = new LinkedBlockingQueue<>();
        WebSocket socketRefused = subscribe(b.port(), foreign.projectId, refused);
        assertThat(poll(refused).toString()).contains("NOT_FOUND");
        for (WebSocket s : List.of(socketA, socketB, socketRefused)) {
            s.close();
        }
    }

    @Test
    void shouldRunTheDailyScanOnceWhenBothReplicasStartItTogether() throws Exception {
        LocalDate day = LocalDate.of(2031, 5, 17);
        try {
            TestClock.setShanghai(day + "T01:30");
            assertThat(b.command("clock " + day + "T01:30", Duration.ofSeconds(10))).isEqualTo("OK");
            long at = System.currentTimeMillis() + 2_000;
            CompletableFuture<String> onB = commandOnB("scan-at " + at, Duration.ofMinutes(5));
            ReplicaHost.untilAgreedInstant(at);
            boolean ranOnA = scan.runDaily().isPresent();
            String b1 = onB.get(5, TimeUnit.MINUTES);
            assertThat(List.of(ranOnA ? "SCAN ran" : "SCAN skipped", b1)).as("A, B")
                    .containsExactlyInAnyOrder("SCAN ran", "SCAN skipped");
            assertThat(scanRuns(day)).isEqualTo(1);

            // later the same day, both schedules fire again: neither scans a second time
            assertThat(scan.runDaily()).isEmpty();
            assertThat(b.command("scan-at 0", Duration.ofMinutes(1))).isEqualTo("SCAN skipped");
            assertThat(scanRuns(day)).isEqualTo(1);
        } finally {
            TestClock.reset();
            b.command("clock-reset", Duration.ofSeconds(10));
        }
    }

    @Test
    void shouldSendEachReminderOnceWhenBothReplicasRunTogether() throws Exception {
        Walk w = Walk.qufuInProcurement("两副本提醒测试", "3000000.00");
        try {
            TestClock.setShanghai("2026-11-02T10:00");
            w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-11-02\", amount: \"1000000\"");
            String day = "2026-11-09"; // qufu-2024 art.28: signing due 11-16, 5 working days ahead
            TestClock.setShanghai(day + "T09:00");
            assertThat(b.command("clock " + day + "T09:00", Duration.ofSeconds(10))).isEqualTo("OK");
            long at = System.currentTimeMillis() + 2_000;
            CompletableFuture<String> onB = commandOnB("remind-at " + at, Duration.ofMinutes(5));
            ReplicaHost.untilAgreedInstant(at);
            ReminderRun.Outcome onA = reminders.run(TestClock.now());
            String fromB = onB.get(5, TimeUnit.MINUTES);
            assertThat(fromB).startsWith("REMIND");
            assertThat(rows("select r.recipient || ' ' || r.step from reminder r where r.project_id = cast(? as uuid)"
                    + " order by 1", w.projectId)).as("one D-5 reminder per responsible person, whoever decided")
                    .containsExactly("qufu-lead D-5", "qufu-staff D-5");
            assertThat(rows("select n.recipient from notification n join reminder r on r.reminder_key = n.reminder_key"
                    + " where r.project_id = cast(? as uuid) order by 1", w.projectId))
                    .containsExactly("qufu-lead", "qufu-staff");
            assertThat(rows("select mail_key from mail_message where mail_key like 'daily:%' and mail_key like ?"
                    + " and recipient like 'qufu-staff%'", "%" + day + "%")).as("one daily digest e-mail").hasSize(1);
            int onB2 = Integer.parseInt(fromB.substring(fromB.lastIndexOf(' ') + 1));
            assertThat(onA.reminders() + onB2).as("reminders the two replicas stored between them (A %d, B %d)",
                    onA.reminders(), onB2).isEqualTo(2 + otherReminders(day));
        } finally {
            TestClock.reset();
            b.command("clock-reset", Duration.ofSeconds(10));
        }
    }

    /** Reminders of other test projects in this database decided the same day (both runs see every open project). */
    private int otherReminders(String day) throws Exception {
        return rows("select count(*) from reminder r join project p on p.id = r.project_id where p.name <> '两副本提醒测试'"
                + " and r.on_day = cast(? as date)", day).stream().mapToInt(Integer::parseInt).sum();
    }

    private List<String> rows(String sql, String parameter) throws Exception {
        try (var c = db.getConnection(); var ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            List<String> out = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    @Test
    void shouldDeliverEachWebhookOnceWhileBothReplicasDeliver() throws Exception {
        PlatformSimulator receiver = PlatformSimulator.start("http://localhost", () -> Exchange.SHANDONG, SECRET);
        receiver.slow(Duration.ofMillis(100));
        String subscription = given().auth().oauth2(Exchange.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("regionCode", "370000", "url", receiver.webhookUrl(), "secret", SECRET))
                .post("/api/platform/v1/subscriptions").then().statusCode(201).extract().path("id");
        int events = 16;
        try {
            for (int i = 0; i < events; i++) {
                Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "双副本投递" + i, "100000.00",
                        "CONSTRUCTION", "FISCAL").uploadAll("COLLECTIVE_DECISION_RECORD").library();
            }
            assertThat(pending(subscription)).isEqualTo(events);
            // both replicas start delivering at one agreed instant, two deliveries per round each
            long at = System.currentTimeMillis() + 1_000;
            CompletableFuture<String> onB = commandOnB("deliver-at " + at, Duration.ofMinutes(2));
            ReplicaHost.untilAgreedInstant(at);
            int byA = ReplicaHost.deliverUntilIdle(deliverer);
            String b1 = onB.get(2, TimeUnit.MINUTES);
            assertThat(b1).startsWith("DELIVERED ");
            int byB = Integer.parseInt(b1.substring("DELIVERED ".length()));
            assertThat(pending(subscription)).isZero();
            assertThat(receiver.events()).hasSize(events);
            assertThat(receiver.arrivals()).as("every event arrived once").hasSize(events);
            assertThat(receiver.duplicates()).isZero();
            assertThat(receiver.badSignatures()).isZero();
            assertThat(byA + byB).isEqualTo(events);
            assertThat(byA).as("delivered by A").isPositive();
            assertThat(byB).as("delivered by B").isPositive();
        } finally {
            given().auth().oauth2(Exchange.ADMIN).delete("/api/platform/v1/subscriptions/" + subscription).then()
                    .statusCode(204);
            receiver.close();
        }
    }

    private int pending(String subscription) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(
                "select count(*) from outbox_delivery where subscription_id = cast(? as uuid) and status <> 'DELIVERED'")) {
            st.setString(1, subscription);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private int scanRuns(LocalDate day) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement st = c.prepareStatement("select count(*) from scan_run where scan_day = ?")) {
            st.setObject(1, day);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** A command to replica B, answered in the background while A does its part. */
    private static CompletableFuture<String> commandOnB(String command, Duration timeout) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return b.command(command, timeout);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Touches the project through the replica on {@code port} until the subscriber sees an event. */
    private static void awaitLive(BlockingQueue<JsonNode> messages, int port, String projectId) {
        // The server registers a subscription asynchronously and the protocol has no "subscribed" ack.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            Map<String, Object> body = new HashMap<>();
            body.put("query", "mutation($id: ID!) { updateProject(id: $id, input: {description: \"ping\"}) { id } }");
            body.put("variables", Map.of("id", projectId));
            given().port(port).auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF)).contentType(ContentType.JSON)
                    .body(body).post("/graphql").then().statusCode(200);
            JsonNode m = messages.poll(200, TimeUnit.MILLISECONDS);
            return m != null && m.path("type").asText().equals("next");
        });
    }

    private static JsonNode nextEvent(BlockingQueue<JsonNode> messages, String type) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode m = messages.poll(500, TimeUnit.MILLISECONDS);
            JsonNode event = m == null ? null : m.path("payload").path("data").path("projectEvents");
            if (event != null && event.path("type").asText().equals(type)) {
                return event;
            }
        }
        return null;
    }

    private WebSocket subscribe(int port, String projectId, BlockingQueue<JsonNode> messages) throws Exception {
        WebSocket socket = vertx.createWebSocketClient().connect(new WebSocketConnectOptions()
                        .setHost("localhost").setPort(port).setURI("/graphql").addSubProtocol("graphql-transport-ws"))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> {
            try {
                messages.add(JSON.readTree(text));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        send(socket, Map.of("type", "connection_init", "payload",
                Map.of("Authorization", "Bearer " + TestTokens.tokenFor(TestTokens.QUFU_STAFF))));
        assertThat(poll(messages).path("type").asText()).isEqualTo("connection_ack");
        send(socket, Map.of("id", "1", "type", "subscribe", "payload", Map.of("query",
                "subscription { projectEvents(projectId: \"" + projectId + "\") { type from to actor } }")));
        return socket;
    }

    private static void send(WebSocket socket, Map<String, Object> message) throws Exception {
        socket.writeTextMessage(JSON.writeValueAsString(message)).toCompletionStage().toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
    }

    private static JsonNode poll(BlockingQueue<JsonNode> messages) throws InterruptedException {
        JsonNode m = messages.poll(10, TimeUnit.SECONDS);
        assertThat(m).as("a message from the server").isNotNull();
        return m;
    }
}
