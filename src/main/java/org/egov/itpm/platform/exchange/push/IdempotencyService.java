package org.egov.itpm.platform.exchange.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.common.Text;

/**
 * Idempotency-Key replay: the same key with the same request returns the stored response; the same key with
 * another request is IDEMPOTENCY_KEY_REUSED (422). Keys are per caller; only successful responses are stored,
 * in the transaction of the change itself, so a stored response always means the change happened. A key is
 * remembered for itpm.exchange.idempotency-ttl (default 7 days); after that the same key is a new request.
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager em;
    private final Clock clock;
    private final Duration ttl;

    @Inject
    public IdempotencyService(EntityManager em, Clock clock, ItpmConfig config) {
        this.em = em;
        this.clock = clock;
        this.ttl = config.exchange().idempotencyTtl();
    }

    /** A stored response. */
    public record Stored(int status, String body) {
    }

    public static void checkKey(String key) {
        if (key != null && !key.matches("[\\x21-\\x7E]{1,128}")) {
            throw InvalidInputException.of(HEADER, "INVALID_IDEMPOTENCY_KEY",
                    "must be 1 to 128 visible ASCII characters", "须为1至128个可见ASCII字符");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Stored> replay(String caller, String key, String requestHash) {
        IdempotencyKey found = em.find(IdempotencyKey.class, new IdempotencyKey.Pk(key, caller));
        if (found == null) {
            return Optional.empty();
        }
        if (expired(found.createdAt, clock.instant(), ttl)) {
            // Forgotten: the request is new. The old row goes now so the new answer can take its place.
            em.remove(found);
            em.flush();
            return Optional.empty();
        }
        if (!found.requestHash.equals(requestHash)) {
            throw new RuleViolationException("IDEMPOTENCY_KEY_REUSED", new Text("the Idempotency-Key " + key
                    + " was already used for a different request", "Idempotency-Key " + key + " 已用于另一个不同的请求"),
                    List.of());
        }
        return Optional.of(new Stored(found.responseStatus, found.responseBody));
    }

    /** A key stored at {@code createdAt} no longer counts at {@code now}. */
    static boolean expired(Instant createdAt, Instant now, Duration ttl) {
        return !createdAt.plus(ttl).isAfter(now);
    }

    /** Deletes the keys expired at {@code now}; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int purgeExpired() {
        return em.createQuery("delete from IdempotencyKey k where k.createdAt <= :cutoff")
                .setParameter("cutoff", clock.instant().minus(ttl)).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String caller, String key, String requestHash, int status, String body) {
        IdempotencyKey k = new IdempotencyKey();
        k.key = key;
        k.caller = caller;
        k.requestHash = requestHash;
        k.responseStatus = status;
        k.responseBody = body;
        k.createdAt = clock.instant();
        em.persist(k);
        em.flush();
    }
}
