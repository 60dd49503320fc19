package org.egov.itpm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.egov.itpm.policy.reminder.ReminderKind;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** notificationAdded over graphql-transport-ws: the subscriber gets their own new notifications and nobody else's. */
@QuarkusTest
@TestProfile(RemindersProfile.class)
class NotificationSubscriptionTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Vertx vertx;
    @Inject
    NotificationService service;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void onlyTheSubscribersOwnNotificationsArrive() throws Exception {
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
                Map.of("Authorization", "Bearer " + TestTokens.token("watcher", List.of("unit-staff"),
                        TestTokens.QUFU_HEALTH_STAFF.orgCode(), "370881"))));
        assertThat(messages.poll(10, TimeUnit.SECONDS).path("type").asText()).isEqualTo("connection_ack");
        send(socket, Map.of("id", "1", "type", "subscribe", "payload", Map.of("query",
                "subscription { notificationAdded { titleZh kind mandatory } }")));
        List<String> titles = new ArrayList<>();
        // No "subscribed" ack in the protocol: store notifications until the first own one arrives.
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            store("someone-else", "别人的");
            store("watcher", "自己的");
            JsonNode m = messages.poll(200, TimeUnit.MILLISECONDS);
            if (m != null && m.path("type").asText().equals("next")) {
                titles.add(m.path("payload").path("data").path("notificationAdded").path("titleZh").asText());
            }
            return !titles.isEmpty();
        });
        store("someone-else", "别人的");
        store("watcher", "自己的");
        for (JsonNode m = messages.poll(2, TimeUnit.SECONDS); m != null; m = messages.poll(1, TimeUnit.SECONDS)) {
            titles.add(m.path("payload").path("data").path("notificationAdded").path("titleZh").asText());
        }
        assertThat(titles).hasSizeGreaterThanOrEqualTo(2).containsOnly("自己的");
        socket.close();
    }

    private void store(String recipient, String title) {
        QuarkusTransaction.requiringNew().run(() -> {
            Notification n = new Notification();
            n.recipient = recipient;
            n.kind = ReminderKind.DEADLINE_MISSED;
            n.mandatory = true;
            n.titleZh = title;
            n.titleEn = title;
            n.bodyZh = "b";
            n.bodyEn = "b";
            service.add(n);
        });
    }

    private static void send(WebSocket socket, Map<String, Object> message) throws Exception {
        socket.writeTextMessage(JSON.writeValueAsString(message)).toCompletionStage().toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
    }
}
