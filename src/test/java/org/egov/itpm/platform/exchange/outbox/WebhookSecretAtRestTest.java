package org.egov.itpm.platform.exchange.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.devstack.PlatformSimulator;
import org.egov.itpm.platform.exchange.Exchange;
import org.egov.itpm.platform.secrets.SecretBox;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhook secrets are sealed at rest (#14 item 5): the column never holds them, deliveries still sign with them. */
@QuarkusTest
class WebhookSecretAtRestTest {

    static final String SECRET = "shandong-webhook-secret-at-rest-42";

    @Inject
    Deliverer deliverer;
    @Inject
    SubscriptionSecrets secrets;
    @Inject
    AgroalDataSource db;

    final List<PlatformSimulator> receivers = new ArrayList<>();
    final List<UUID> subscriptions = new ArrayList<>();

    @AfterEach
    void cleanUp() throws SQLException {
        for (UUID id : subscriptions) {
            update("update platform_subscription set active = false where id = ?", id);
        }
        receivers.forEach(PlatformSimulator::close);
    }

    @Test
    void shouldStoreTheSecretSealedAndStillSignDeliveriesWithIt() throws Exception {
        deliverer.deliverDue();
        PlatformSimulator receiver = receiver();
        UUID id = UUID.fromString(given().auth().oauth2(Exchange.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("regionCode", "370000", "url", receiver.webhookUrl(), "secret", SECRET))
                .post("/api/platform/v1/subscriptions").then().statusCode(201).extract().path("id"));
        subscriptions.add(id);
        String[] stored = stored(id);
        assertThat(stored[0]).isNotEqualTo(SECRET).doesNotContain(SECRET)
                .doesNotContain(Base64.getEncoder().encodeToString(SECRET.getBytes()));
        assertThat(stored[1]).isEqualTo("k1");

        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "密钥加密测试", "100000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library();
        deliverer.deliverDue();
        assertThat(receiver.events()).extracting(PlatformSimulator.Received::projectId).contains(w.projectId);
        assertThat(receiver.badSignatures()).isZero();
    }

    @Test
    void shouldReadPlainAndEarlierKeyRowsAndSealThemWithTheCurrentKey() throws Exception {
        deliverer.deliverDue();
        PlatformSimulator plainReceiver = receiver();
        PlatformSimulator oldKeyReceiver = receiver();
        // a row from before V81 (plain, no key id) and one sealed with the retired key k0
        UUID plain = insert(plainReceiver.webhookUrl(), SECRET, null);
        UUID old = UUID.randomUUID();
        SecretBox k0 = SecretBox.fromConfig("k0", retiredKey(), null);
        insert(old, oldKeyReceiver.webhookUrl(), k0.seal(SECRET, "platform_subscription.secret:" + old).ciphertext(),
                "k0");

        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "密钥轮换测试", "100000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library();
        deliverer.deliverDue();
        for (PlatformSimulator r : List.of(plainReceiver, oldKeyReceiver)) {
            assertThat(r.events()).extracting(PlatformSimulator.Received::projectId).contains(w.projectId);
            assertThat(r.badSignatures()).isZero();
        }

        // what start-up does: both rows sealed again with the current key
        assertThat(QuarkusTransaction.requiringNew().call(secrets::sealStale)).isGreaterThanOrEqualTo(2);
        for (UUID id : List.of(plain, old)) {
            String[] stored = stored(id);
            assertThat(stored[0]).doesNotContain(SECRET);
            assertThat(stored[1]).isEqualTo("k1");
        }
        w.apply();
        deliverer.deliverDue();
        for (PlatformSimulator r : List.of(plainReceiver, oldKeyReceiver)) {
            assertThat(r.events()).extracting(PlatformSimulator.Received::seq).containsExactly(1L, 2L);
            assertThat(r.badSignatures()).isZero();
        }
    }

    @Test
    void shouldLeaveADeliveryWhoseKeyIsUnknownDueWithoutSpendingAnAttempt() throws Exception {
        deliverer.deliverDue();
        PlatformSimulator good = receiver();
        PlatformSimulator unknownKey = receiver();
        insert(good.webhookUrl(), SECRET, null);
        UUID stranger = UUID.randomUUID();
        SecretBox k9 = new SecretBox("k9", Map.of("k9", new byte[32]));
        insert(stranger, unknownKey.webhookUrl(), k9.seal(SECRET, "platform_subscription.secret:" + stranger)
                .ciphertext(), "k9");
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "未知密钥测试", "100000.00",
                "CONSTRUCTION", "FISCAL");
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library();
        deliverer.deliverDue();
        assertThat(good.events()).extracting(PlatformSimulator.Received::projectId).contains(w.projectId);
        assertThat(unknownKey.events()).isEmpty();
        // start-up sealing leaves it alone too, instead of failing the start
        QuarkusTransaction.requiringNew().call(secrets::sealStale);
        assertThat(stored(stranger)[1]).isEqualTo("k9");
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(
                "select status, attempts from outbox_delivery where subscription_id = ?")) {
            st.setObject(1, stranger);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("PENDING");
                assertThat(rs.getInt(2)).isZero();
            }
        }
    }

    private PlatformSimulator receiver() throws Exception {
        PlatformSimulator r = PlatformSimulator.start("http://localhost", () -> Exchange.SHANDONG, SECRET);
        receivers.add(r);
        return r;
    }

    private static String retiredKey() {
        String previous = ConfigProvider.getConfig().getValue("itpm.secrets.previous-keys", String.class);
        return previous.substring(previous.indexOf("k0:") + 3).split(",")[0];
    }

    private UUID insert(String url, String secret, String keyId) throws SQLException {
        UUID id = UUID.randomUUID();
        insert(id, url, secret, keyId);
        return id;
    }

    private void insert(UUID id, String url, String secret, String keyId) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(
                "insert into platform_subscription (id, region_code, url, secret, secret_key_id, active, created_by,"
                        + " created_at) values (?, '370000', ?, ?, ?, true, 'test', ?)")) {
            st.setObject(1, id);
            st.setString(2, url);
            st.setString(3, secret);
            st.setString(4, keyId);
            st.setObject(5, java.sql.Timestamp.from(Instant.now()));
            st.executeUpdate();
        }
        subscriptions.add(id);
    }

    private String[] stored(UUID id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(
                "select secret, secret_key_id from platform_subscription where id = ?")) {
            st.setObject(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    private void update(String sql, UUID id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, id);
            st.executeUpdate();
        }
    }
}
