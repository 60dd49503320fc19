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
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/** projectEvents over graphql-transport-ws: the token in connection_init, a stage change arrives live. */
@QuarkusTest
class ProjectEventsSubscriptionTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void stageChangeArrivesOnTheSubscription() throws Exception {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "订阅测试", "100.00", "CONSTRUCTION",
                "FISCAL");
        BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
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
        send(socket, Map.of("id", "1", "type", "subscribe", "payload", Map.of("query",
                "subscription { projectEvents(projectId: \"" + w.projectId + "\") { type from to actor } }")));
        // The subscription registers asynchronously (scope check on a worker thread) and there is no "subscribed"
        // acknowledgement in graphql-transport-ws; give it time before the single move, or the event can be missed.
        Thread.sleep(1000);
        // The subscription is registered asynchronously; retry the move until the event shows up.
        JsonNode event = null;
        for (int attempt = 0; attempt < 20 && event == null; attempt++) {
            if (attempt == 0) {
                w.library();
            }
            JsonNode m = messages.poll(500, TimeUnit.MILLISECONDS);
            if (m != null && m.path("type").asText().equals("next")) {
                event = m.path("payload").path("data").path("projectEvents");
            }
        }
        assertThat(event).as("an event on the subscription").isNotNull();
        assertThat(event.path("type").asText()).isEqualTo("STAGE");
        assertThat(event.path("to").asText()).isEqualTo("LIBRARY");
        assertThat(event.path("actor").asText()).isEqualTo("qufu-staff-unit-staff");
        socket.close();
    }

    @Test
    void subscribingToAForeignProjectIsRefused() throws Exception {
        Walk foreign = Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "订阅越权", "100.00", "CONSTRUCTION",
                "FISCAL");
        BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
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
        send(socket, Map.of("id", "1", "type", "subscribe", "payload", Map.of("query",
                "subscription { projectEvents(projectId: \"" + foreign.projectId + "\") { type } }")));
        JsonNode reply = next(messages);
        assertThat(reply.toString()).contains("NOT_FOUND");
        socket.close();
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
