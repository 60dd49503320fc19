package org.egov.itpm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A graphql-transport-ws client for tests: every message the server sends (but its keep-alive pings, answered with
 * pong) is kept in order, {@link #next()} reads them one by one, and the close status is recorded.
 */
public final class GraphQLSocket implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final WebSocket socket;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private volatile Short closeStatus;
    private int read;

    private GraphQLSocket(WebSocket socket) {
        this.socket = socket;
        socket.textMessageHandler(text -> {
            try {
                JsonNode message = JSON.readTree(text);
                if (message.path("type").asText().equals("ping")) { // the server's keep-alive, not part of a stream
                    socket.writeTextMessage("{\"type\":\"pong\"}");
                } else {
                    received.add(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        socket.closeHandler(v -> closeStatus = socket.closeStatusCode() == null ? -1 : socket.closeStatusCode());
    }

    /** Opens {@code graphql} (the /graphql URI); {@code upgradeBearer}, when not null, goes in the upgrade's header. */
    public static GraphQLSocket open(Vertx vertx, URI graphql, String upgradeBearer) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(graphql.getHost())
                .setPort(graphql.getPort()).setURI("/graphql").addSubProtocol("graphql-transport-ws");
        if (upgradeBearer != null) {
            options.addHeader("Authorization", "Bearer " + upgradeBearer);
        }
        return new GraphQLSocket(vertx.createWebSocketClient().connect(options).toCompletionStage()
                .toCompletableFuture().get(10, TimeUnit.SECONDS));
    }

    /** Sends connection_init, with {@code Authorization: Bearer <token>} in its payload when a token is given. */
    public GraphQLSocket init(String bearer) throws Exception {
        send(bearer == null ? Map.of("type", "connection_init")
                : Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + bearer)));
        return this;
    }

    public void subscribe(String id, String query, Map<String, Object> variables) throws Exception {
        Map<String, Object> payload = new HashMap<>();
        payload.put("query", query);
        payload.put("variables", variables);
        send(Map.of("id", id, "type", "subscribe", "payload", payload));
    }

    /** The next message from the server (waits for it). */
    public JsonNode next() {
        await().atMost(PATIENCE).until(() -> received.size() > read || closeStatus != null);
        assertThat(received.size()).as("a message from the server (socket closed with %s)", closeStatus)
                .isGreaterThan(read);
        return received.get(read++);
    }

    /** Every message received so far, in order. */
    public List<JsonNode> received() {
        return received;
    }

    /** The status the server closed the socket with, once it did (-1: without a status). */
    public Short awaitClosed() {
        await().atMost(PATIENCE).until(() -> closeStatus != null);
        return closeStatus;
    }

    private void send(Map<String, Object> message) throws Exception {
        socket.writeTextMessage(JSON.writeValueAsString(message)).toCompletionStage().toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (closeStatus == null) {
            socket.close();
        }
    }
}
