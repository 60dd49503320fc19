package org.egov.itpm.platform.exchange.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.common.LogEvent;
import org.jboss.logging.Logger;

/**
 * Delivers outbox events to subscribed platforms, at least once and in seq order per (subscription, project).
 * Each round claims due deliveries with {@code for update skip locked}, so replicas share the work without
 * delivering one twice concurrently; only the first undelivered event of a stream is due, so seq n+1 never
 * overtakes n. All state is in the database: a crash mid-round rolls the round back and its deliveries are
 * simply due again (receivers dedupe by X-Itpm-Event-Id).
 */
@ApplicationScoped
public class Deliverer {

    private static final Logger LOG = Logger.getLogger(Deliverer.class);
    private static final int MAX_ROUNDS = 1000;

    private final EntityManager em;
    private final WebhookSender sender;
    private final ItpmConfig.Exchange.Delivery config;
    private final Clock clock;
    private final SubscriptionSecrets secrets;
    private final Tracer tracer;

    @Inject
    public Deliverer(EntityManager em, WebhookSender sender, ItpmConfig config, Clock clock,
                     SubscriptionSecrets secrets, Tracer tracer) {
        this.secrets = secrets;
        this.tracer = tracer;
        this.em = em;
        this.sender = sender;
        this.config = config.exchange().delivery();
        this.clock = clock;
    }

    // the first poll waits until the replica has started and answered its first requests (ADR 0017)
    @Scheduled(identity = "platform-outbox-deliverer", every = "{itpm.exchange.delivery.interval}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        deliverDue();
    }

    /** Delivers what is due now, round after round while rounds make progress; returns how many were delivered. */
    public int deliverDue() {
        int delivered = 0;
        int txSeconds = (int) Math.min(3600, config.batchSize() * config.timeout().toSeconds() + 30);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int[] r = QuarkusTransaction.requiringNew().timeout(txSeconds).call(this::round);
            delivered += r[1];
            if (r[0] == 0 || r[1] == 0) {
                break;
            }
        }
        return delivered;
    }

    /** One round: {claimed, delivered}. */
    int[] round() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                select d.id, d.event_id, d.attempts, e.type, cast(e.payload as text), s.url, s.secret,
                       s.id, s.secret_key_id
                from outbox_delivery d
                join outbox_event e on e.id = d.event_id
                join platform_subscription s on s.id = d.subscription_id
                where d.status = 'PENDING' and d.next_attempt_at <= :now and s.active
                  and not exists (select 1 from outbox_delivery b where b.subscription_id = d.subscription_id
                                  and b.project_id = d.project_id and b.seq < d.seq and b.status <> 'DELIVERED')
                order by d.next_attempt_at, d.seq
                limit :n
                for update of d skip locked""").setParameter("now", now).setParameter("n", config.batchSize())
                .getResultList();
        int delivered = 0;
        for (Object[] row : due) {
            UUID id = (UUID) row[0];
            UUID eventId = (UUID) row[1];
            int attempts = ((Number) row[2]).intValue() + 1;
            String secret;
            try {
                secret = secrets.reveal((UUID) row[7], (String) row[6], (String) row[8]);
            } catch (IllegalStateException unreadable) {
                // A key this replica does not know (mid-rotation): leave the delivery due for a replica that does,
                // without spending an attempt, and go on with the others.
                LOG.warnf("%s delivery %s skipped: %s", LogEvent.DELIVERY_SKIPPED, id, unreadable.getMessage());
                continue;
            }
            WebhookSender.Outcome outcome = traced(id, eventId, attempts,
                    () -> sender.send((String) row[5], secret, eventId, (String) row[3], (String) row[4]));
            Instant at = clock.instant();
            if (outcome.delivered()) {
                delivered++;
                em.createNativeQuery("update outbox_delivery set status = 'DELIVERED', attempts = :a, delivered_at = :at,"
                        + " last_error = null where id = :id").setParameter("a", attempts).setParameter("at", at)
                        .setParameter("id", id).executeUpdate();
            } else {
                boolean park = attempts >= config.maxAttempts();
                em.createNativeQuery("update outbox_delivery set status = :s, attempts = :a, next_attempt_at = :next,"
                        + " last_error = :err where id = :id").setParameter("s", park ? "PARKED" : "PENDING")
                        .setParameter("a", attempts).setParameter("next", at.plus(backoff(attempts)))
                        .setParameter("err", truncate(outcome.error())).setParameter("id", id).executeUpdate();
                if (park) {
                    LOG.warnf("%s delivery %s of event %s parked after %d attempts: %s", LogEvent.DELIVERY_PARKED, id,
                            eventId, attempts, outcome.error());
                } else {
                    LOG.debugf("%s delivery %s of event %s failed (attempt %d): %s", LogEvent.DELIVERY_FAILED, id,
                            eventId, attempts, outcome.error());
                }
            }
        }
        return new int[] {due.size(), delivered};
    }

    /**
     * One delivery attempt as its own span (kind CLIENT); WebhookSender sends its traceparent, so a receiver that
     * traces joins the same trace.
     */
    private WebhookSender.Outcome traced(UUID deliveryId, UUID eventId, int attempt,
                                         java.util.function.Supplier<WebhookSender.Outcome> send) {
        Span span = tracer.spanBuilder("webhook delivery").setSpanKind(SpanKind.CLIENT)
                .setAttribute("itpm.delivery.id", deliveryId.toString())
                .setAttribute("itpm.event.id", eventId.toString()).setAttribute("itpm.delivery.attempt", attempt)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            WebhookSender.Outcome outcome = send.get();
            if (!outcome.delivered()) {
                span.setStatus(StatusCode.ERROR, truncate(outcome.error()));
            }
            return outcome;
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    /** Delay before the next attempt after {@code attempts} failures: base × 2^(attempts−1), at most max. */
    Duration backoff(int attempts) {
        return backoff(config.backoffBase(), config.backoffMax(), attempts);
    }

    static Duration backoff(Duration base, Duration max, int attempts) {
        int shift = Math.min(Math.max(attempts - 1, 0), 30);
        Duration d = base.multipliedBy(1L << shift);
        return d.compareTo(max) > 0 ? max : d;
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
