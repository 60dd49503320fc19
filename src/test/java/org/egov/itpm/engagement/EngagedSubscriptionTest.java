package org.egov.itpm.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.egov.itpm.testsupport.DemoOrgs;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/** Issue #15: the projectEvents subscription follows engagements too (a supervisor's engaged vs. other project). */
@QuarkusTest
class EngagedSubscriptionTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Person SUPERVISOR = new Person("supervisor", List.of("supervisor"), DemoOrgs.QUFU_BIGDATA, "370881");

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void supervisorSubscribesToItsEngagedProjectOnly() throws Exception {
        Walk engaged = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "订阅-监理", "100.00",
                "CONSTRUCTION", "FISCAL");
        Walk other = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "订阅-非监理", "100.00",
                "CONSTRUCTION", "FISCAL");
        GraphQL.postAs(TestTokens.QUFU_LEAD, "mutation($id: ID!, $in: EngagementInput!) { recordEngagement(projectId:"
                + " $id, input: $in) { id } }", Map.of("id", engaged.projectId, "in", Map.of("kind", "SUPERVISION",
                "username", "supervisor", "validFrom", "2026-03-02"))).body("errors", nullValue());

        BlockingQueue<JsonNode> refused = new LinkedBlockingQueue<>();
        WebSocket first = connect(refused);
        send(first, Map.of("id", "1", "type", "subscribe", "payload", Map.of("query",
                "subscription { projectEvents(projectId: \"" + other.projectId + "\") { type } }")));
        assertThat(next(refused).toString()).contains("NOT_FOUND");
        first.close();

        BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        WebSocket socket = connect(messages);
        send(socket, Map.of("id", "1", "type", "subscribe", "payload", Map.of("query",
                "subscription { projectEvents(projectId: \"" + engaged.projectId + "\") { type } }")));
        // No "subscribed" ack in the protocol: touch the project until an event arrives.
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($id: ID!) { updateProject(id: $id, input:"
                    + " {description: \"ping\"}) { id } }", Map.of("id", engaged.projectId));
            JsonNode m = messages.poll(200, TimeUnit.MILLISECONDS);
            return m != null && m.path("type").asText().equals("next");
        });
        socket.close();
    }

    private WebSocket connect(BlockingQueue<JsonNode> messages) throws Exception {
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
                Map.of("Authorization", "Bearer " + TestTokens.tokenFor(SUPERVISOR))));
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
