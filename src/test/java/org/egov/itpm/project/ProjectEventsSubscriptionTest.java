package org.egov.itpm.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/** projectEvents over graphql-transport-ws: the token in connection_init, a stage change arrives live. */
@QuarkusTest
class ProjectEventsSubscriptionTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Vertx vertx;
    @Inject
    DataSource dataSource;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void stageChangeArrivesOnTheSubscription() throws Exception {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "订阅测试", "100.00", "CONSTRUCTION",
                "FISCAL");
        BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        WebSocket socket = subscribeLive(w, "type from to actor", messages);
        w.library();
        JsonNode event = awaitEvent(messages, "STAGE", 10);
        assertThat(event).as("an event on the subscription").isNotNull();
        assertThat(event.path("type").asText()).isEqualTo("STAGE");
        assertThat(event.path("to").asText()).isEqualTo("LIBRARY");
        assertThat(event.path("actor").asText()).isEqualTo("qufu-staff-unit-staff");
        socket.close();
    }

    /**
     * The replica's LISTEN connection is cut (a database restart, a network cut): once it listens again, a subscriber
     * is told to reload, because the changes made meanwhile were not sent.
     */
    @Test
    void aSubscriberIsToldToReloadWhenTheFeedIsBackAfterALostConnection() throws Exception {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "订阅断线", "100.00", "CONSTRUCTION",
                "FISCAL");
        BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        WebSocket socket = subscribeLive(w, "projectId type from to actor", messages);

        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where application_name = 'itpm-project-events-listener'");
        }

        JsonNode resync = awaitEvent(messages, "RESYNC", 20);
        assertThat(resync).as("a RESYNC event once the listener is back").isNotNull();
        assertThat(resync.path("projectId").asText()).isEqualTo(w.projectId);
        assertThat(resync.path("to").isNull()).isTrue();
        assertThat(resync.path("actor").isNull()).isTrue();
        socket.close();
    }

    @Test
    void subscribingToAForeignProjectIsRefused() throws Exception {
        Walk foreign = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "订阅越权", "100.00", "CONSTRUCTION",
                "FISCAL");
        BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        WebSocket socket = connectAsQufuStaff(messages);
        send(socket, Map.of("id", "1", "type", "subscribe", "payload", Map.of("query",
                "subscription { projectEvents(projectId: \"" + foreign.projectId + "\") { type } }")));
        JsonNode reply = next(messages);
        assertThat(reply.toString()).contains("NOT_FOUND");
        socket.close();
    }

    /**
     * Subscribes to the project's events with {@code selection}, and returns once the subscription is live. The server
     * registers it asynchronously and the protocol has no "subscribed" ack: the project is touched until a first
     * event arrives.
     */
    private WebSocket subscribeLive(Walk w, String selection, BlockingQueue<JsonNode> messages) throws Exception {
        WebSocket socket = connectAsQufuStaff(messages);
        send(socket, Map.of("id", "1", "type", "subscribe", "payload", Map.of("query",
                "subscription { projectEvents(projectId: \"" + w.projectId + "\") { " + selection + " } }")));
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($id: ID!) { updateProject(id: $id, input:"
                    + " {description: \"ping\"}) { id } }", Map.of("id", w.projectId));
            JsonNode m = messages.poll(200, TimeUnit.MILLISECONDS);
            return m != null && m.path("type").asText().equals("next");
        });
        return socket;
    }

    /** The first event of {@code type} within {@code seconds}, or null. */
    private static JsonNode awaitEvent(BlockingQueue<JsonNode> messages, String type, int seconds)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            JsonNode event = messages.poll(500, TimeUnit.MILLISECONDS);
            if (event != null && event.path("payload").path("data").path("projectEvents").path("type").asText()
                    .equals(type)) {
                return event.path("payload").path("data").path("projectEvents");
            }
        }
        return null;
    }

    /** Opens a graphql-transport-ws connection authenticated in connection_init, and waits for the ack. */
    private WebSocket connectAsQufuStaff(BlockingQueue<JsonNode> messages) throws Exception {
        WebSocket socket = vertx.createWebSocketClient().connect(new WebSocketConnectOptions()
                        .setHost(graphql.getHost()).setPort(graphql.getPort()).setURI("/graphql")
                        .addSubProtocol("graphql-transport-ws"))
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
        assertThat(next(messages).path("type").asText()).isEqualTo("connection_ack");
        return socket;
    }

    private static void send(WebSocket socket, Map<String, Object> message) throws Exception {
        socket.writeTextMessage(JSON.writeValueAsString(message)).toCompletionStage().toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
    }

    private static JsonNode next(BlockingQueue<JsonNode> messages) throws InterruptedException {
        JsonNode m = messages.poll(10, TimeUnit.SECONDS);
        assertThat(m).as("a message from the server").isNotNull();
        return m;
    }
}
