package org.egov.itpm.platform.exchange.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.devstack.PlatformSimulator;
import org.egov.itpm.platform.exchange.Exchange;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox: every event arrives, in order per project, once per event id, across outages, crashes and parking. */
@QuarkusTest
class OutboxDeliveryTest {

    static final String SECRET = "shandong-webhook-secret-0123456789";

    @Inject
    Deliverer deliverer;
    @Inject
    ItpmConfig config;

    PlatformSimulator shandong;
    PlatformSimulator jiangxi;
    final List<String> subscriptions = new ArrayList<>();

    @BeforeEach
    void receivers() throws Exception {
        deliverer.deliverDue(); // leftovers of other test classes go nowhere (no subscription yet) or are dropped below
        shandong = PlatformSimulator.start("http://localhost", () -> Exchange.SHANDONG, SECRET);
        jiangxi = PlatformSimulator.start("http://localhost", () -> Exchange.JIANGXI, SECRET);
        subscribe("370000", shandong.webhookUrl());
        subscribe("360000", jiangxi.webhookUrl());
    }

    @AfterEach
    void unsubscribe() {
        for (String id : subscriptions) {
            given().auth().oauth2(Exchange.ADMIN).delete("/api/platform/v1/subscriptions/" + id).then().statusCode(204);
        }
        shandong.close();
        jiangxi.close();
    }

    @Inject
    org.egov.itpm.testsupport.RecentSpans spans;

    @Test
    void eachDeliveryIsASpanWhoseTraceTheReceiverGets() {
        Walk a = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "投递追踪", "100000.00",
                "CONSTRUCTION", "FISCAL");
        a.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        deliverer.deliverDue();
        assertThat(shandong.events()).isNotEmpty();
        for (PlatformSimulator.Received event : shandong.events()) {
            String traceparent = shandong.traceparentOf(event.eventId());
            assertThat(traceparent).as("W3C traceparent of %s", event.eventId())
                    .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
            String traceId = traceparent.split("-")[1];
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(spans.ofTrace(traceId)).anySatisfy(span -> {
                        assertThat(span.getName()).isEqualTo("webhook delivery");
                        assertThat(span.getAttributes().asMap().values()).contains(event.eventId());
                    }));
        }
    }

    @Test
    void shouldDeliverEveryEventInOrderAfterTheReceiverRecovers() {
        shandong.down(true);
        Walk a = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "投递测试甲", "100000.00",
                "CONSTRUCTION", "FISCAL");
        Walk b = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "投递测试乙", "100000.00",
                "CONSTRUCTION", "FISCAL");
        a.uploadAll("COLLECTIVE_DECISION_RECORD").library();
        b.uploadAll("COLLECTIVE_DECISION_RECORD").library();
        a.apply();
        b.apply();
        for (int i = 0; i < 3; i++) {
            assertThat(deliverer.deliverDue()).isZero();
        }
        assertThat(shandong.events()).isEmpty();
        shandong.down(false);
        deliverer.deliverDue();
        assertStreams(List.of(a.projectId, b.projectId), 2);
        assertThat(shandong.duplicates()).isZero();
        assertThat(shandong.badSignatures()).isZero();
        assertThat(jiangxi.events()).extracting(PlatformSimulator.Received::projectId)
                .doesNotContain(a.projectId, b.projectId);
        // delivered means delivered: another run sends nothing again
        deliverer.deliverDue();
        assertThat(shandong.duplicates()).isZero();
    }

    @Test
    void shouldLoseNothingWhenTheDelivererDiesMidRound() {
        Walk a = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "崩溃测试", "100000.00",
                "CONSTRUCTION", "FISCAL");
        a.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        WebhookSender real = new WebhookSender(config);
        AtomicInteger calls = new AtomicInteger();
        // the process "dies" right after the receiver accepted the first event, before that was committed
        QuarkusMock.installMockForType(new WebhookSender(config) {
            @Override
            public Outcome send(String url, String secret, UUID eventId, String type, String body) {
                Outcome o = real.send(url, secret, eventId, type, body);
                if (calls.incrementAndGet() == 1) {
                    throw new SimulatedCrash();
                }
                return o;
            }
        }, WebhookSender.class);
        assertThatThrownBy(() -> deliverer.deliverDue()).hasRootCauseInstanceOf(SimulatedCrash.class);
        assertThat(shandong.events()).hasSize(1);
        // "restart": nothing in memory survives; the database still says PENDING, so the event goes again
        deliverer.deliverDue();
        assertStreams(List.of(a.projectId), 2);
        assertThat(shandong.duplicates()).isEqualTo(1);
    }

    @Test
    void shouldParkAfterTooManyFailuresAndDeliverInOrderAfterARedrive() {
        shandong.down(true);
        Walk a = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "搁置测试", "100000.00",
                "CONSTRUCTION", "FISCAL");
        a.uploadAll("COLLECTIVE_DECISION_RECORD").library();
        for (int i = 0; i < config.exchange().delivery().maxAttempts(); i++) {
            deliverer.deliverDue();
        }
        List<Map<String, Object>> parked = given().auth().oauth2(Exchange.ADMIN)
                .get("/api/platform/v1/deliveries?status=PARKED&limit=500").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.projectId == '" + a.projectId + "' }");
        assertThat(parked).hasSize(1);
        assertThat(parked.get(0).get("lastError")).isEqualTo("HTTP 500");
        assertThat(parked.get(0).get("attempts")).isEqualTo(config.exchange().delivery().maxAttempts());
        // a later event of the same project waits behind the parked one
        a.apply();
        shandong.down(false);
        deliverer.deliverDue();
        assertThat(shandong.events()).extracting(PlatformSimulator.Received::projectId).doesNotContain(a.projectId);
        String id = (String) parked.get(0).get("id");
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF)).post("/api/platform/v1/deliveries/" + id
                + "/redrive").then().statusCode(403);
        given().auth().oauth2(Exchange.ADMIN).post("/api/platform/v1/deliveries/" + id + "/redrive").then()
                .statusCode(204);
        given().auth().oauth2(Exchange.ADMIN).post("/api/platform/v1/deliveries/" + id + "/redrive").then()
                .statusCode(409).body("code", equalTo("DELIVERY_NOT_PARKED"));
        deliverer.deliverDue();
        assertStreams(List.of(a.projectId), 2);
    }

    @Test
    void shouldBackOffExponentiallyUpToTheMaximum() {
        Duration base = Duration.ofSeconds(10);
        Duration max = Duration.ofHours(1);
        assertThat(Deliverer.backoff(base, max, 1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(Deliverer.backoff(base, max, 2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(Deliverer.backoff(base, max, 4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(Deliverer.backoff(base, max, 40)).isEqualTo(max);
    }

    /** Each project's events arrived complete (seq 1..n) and first arrivals in seq order. */
    private void assertStreams(List<String> projectIds, int expected) {
        for (String projectId : projectIds) {
            List<Long> seqs = shandong.events().stream().filter(e -> e.projectId().equals(projectId))
                    .map(PlatformSimulator.Received::seq).toList();
            List<Long> want = new ArrayList<>();
            for (long s = 1; s <= expected; s++) {
                want.add(s);
            }
            assertThat(seqs).as("events of " + projectId).isEqualTo(want);
            assertThat(shandong.events().stream().filter(e -> e.projectId().equals(projectId))
                    .map(PlatformSimulator.Received::type).toList()).containsOnly("project.stage-changed");
        }
    }

    private void subscribe(String region, String url) {
        subscriptions.add(given().auth().oauth2(Exchange.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("regionCode", region, "url", url, "secret", SECRET))
                .post("/api/platform/v1/subscriptions").then().statusCode(201).extract().path("id"));
    }

    /** Stands for the JVM dying mid-round. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash");
        }
    }
}
