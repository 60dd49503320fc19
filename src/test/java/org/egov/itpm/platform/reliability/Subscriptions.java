package org.egov.itpm.platform.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.egov.itpm.testsupport.TestTokens;

/** Open projectEvents subscriptions (graphql-transport-ws), kept open while the rest of a test runs. */
final class Subscriptions implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<WebSocket> sockets = new ArrayList<>();

    static Subscriptions open(Vertx vertx, URI base, String projectId, int count) throws Exception {
        Subscriptions s = new Subscriptions();
        for (int i = 0; i < count; i++) {
            WebSocket socket = vertx.createWebSocketClient().connect(new WebSocketConnectOptions()
                            .setHost(base.getHost()).setPort(base.getPort()).setURI("/graphql")
                            .addSubProtocol("graphql-transport-ws"))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            s.sockets.add(socket);
            send(socket, Map.of("type", "connection_init", "payload",
                    Map.of("Authorization", "Bearer " + TestTokens.tokenFor(TestTokens.QUFU_STAFF))));
            send(socket, Map.of("id", "1", "type", "subscribe", "payload", Map.of("query",
                    "subscription { projectEvents(projectId: \"" + projectId + "\") { type } }")));
        }
        return s;
    }

    private static void send(WebSocket socket, Map<String, Object> message) throws Exception {
        socket.writeTextMessage(JSON.writeValueAsString(message)).toCompletionStage().toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        sockets.forEach(WebSocket::close);
    }
}
