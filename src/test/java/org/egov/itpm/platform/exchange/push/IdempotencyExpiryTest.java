package org.egov.itpm.platform.exchange.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Idempotency-Keys are remembered for itpm.exchange.idempotency-ttl (7 days), then forgotten and purged. */
@QuarkusTest
class IdempotencyExpiryTest {

    @Inject
    IdempotencyService keys;
    @Inject
    IdempotencyPurge purge;
    @Inject
    ItpmConfig config;
    @Inject
    EntityManager em;

    final String caller = "platform-" + UUID.randomUUID();

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void shouldBeSevenDaysByDefault() {
        assertThat(config.exchange().idempotencyTtl()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void shouldReplayWithinTheTimeAndTreatTheKeyAsNewAfterIt() {
        TestClock.setShanghai("2026-03-02T09:00");
        inTx(() -> keys.remember(caller, "k-1", "hash-a", 200, "{\"first\":true}"));

        TestClock.setShanghai("2026-03-09T08:59");
        assertThat(inTx(() -> keys.replay(caller, "k-1", "hash-a"))).get()
                .extracting(IdempotencyService.Stored::body).isEqualTo("{\"first\":true}");
        assertThatThrownBy(() -> inTx(() -> keys.replay(caller, "k-1", "hash-b")))
                .isInstanceOf(RuleViolationException.class).extracting("code").isEqualTo("IDEMPOTENCY_KEY_REUSED");

        TestClock.setShanghai("2026-03-09T09:00");
        // expired: another request under the same key is new, and its answer is the one remembered from now on
        assertThat(inTx(() -> {
            Optional<IdempotencyService.Stored> replay = keys.replay(caller, "k-1", "hash-b");
            if (replay.isEmpty()) {
                keys.remember(caller, "k-1", "hash-b", 200, "{\"second\":true}");
            }
            return replay;
        })).isEmpty();
        assertThat(inTx(() -> keys.replay(caller, "k-1", "hash-b"))).get()
                .extracting(IdempotencyService.Stored::body).isEqualTo("{\"second\":true}");
    }

    @Test
    void shouldPurgeOnlyExpiredKeys() {
        TestClock.setShanghai("2026-04-01T09:00");
        inTx(() -> keys.remember(caller, "old", "h", 200, "{}"));
        TestClock.setShanghai("2026-04-05T09:00");
        inTx(() -> keys.remember(caller, "fresh", "h", 200, "{}"));

        TestClock.setShanghai("2026-04-08T09:00");
        assertThat(purge.run()).isPresent();
        assertThat(stored("old")).isFalse();
        assertThat(stored("fresh")).isTrue();
    }

    @Test
    void shouldSkipThePurgeWhileAnotherReplicaRunsIt() throws Exception {
        // another replica's purge holds the lock in its open transaction
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(" + 0x1D_E4_0C_A7L + ")").getResultList();
            java.util.concurrent.CompletableFuture<Boolean> other = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> purge.run().isPresent());
            assertThat(other.join()).isFalse();
        });
        assertThat(purge.run()).isPresent();
    }

    private boolean stored(String key) {
        return inTx(() -> em.find(IdempotencyKey.class, new IdempotencyKey.Pk(key, caller)) != null);
    }

    private static <T> T inTx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private static void inTx(Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
    }
}
