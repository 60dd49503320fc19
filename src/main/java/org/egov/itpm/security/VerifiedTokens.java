package org.egov.itpm.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.security.identity.SecurityIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Identities whose bearer token passed full verification, kept for at most a short TTL and never past the token's
 * {@code exp} (ADR 0020). Keyed by the tenant, issuer and audience the token was verified for and a SHA-256 digest
 * of the whole token: another token, even of the same person, is a miss. Bounded; only successes are ever put.
 */
final class VerifiedTokens {

    /** What a verification depended on: the tenant's expectations and every byte of the token. */
    record Key(String tenant, Optional<String> issuer, Optional<List<String>> audience, String tokenDigest) {

        static Key of(String tenant, Optional<String> issuer, Optional<List<String>> audience, String token) {
            return new Key(tenant, issuer, audience, sha256(token));
        }
    }

    private record Entry(SecurityIdentity identity, Duration lifetime) {
    }

    private final Cache<Key, Entry> cache;
    private final Duration ttl;
    private final LongSupplier epochSeconds;

    /**
     * @param epochSeconds the wall clock the OIDC layer checks {@code exp} against (the system clock, not the
     *                     business clock that tests move)
     */
    VerifiedTokens(Duration ttl, long maxSize, Ticker ticker, LongSupplier epochSeconds) {
        this.ttl = ttl;
        this.epochSeconds = epochSeconds;
        this.cache = Caffeine.newBuilder().maximumSize(maxSize).ticker(ticker).recordStats()
                .executor(Runnable::run) // eviction work on the caller: no pool hand-off on 2 cores
                .expireAfter(Expiry.creating((Key key, Entry entry) -> entry.lifetime())).build();
    }

    Optional<SecurityIdentity> find(Key key) {
        Entry entry = cache.getIfPresent(key);
        return entry == null ? Optional.empty() : Optional.of(entry.identity());
    }

    /** Keeps a verified identity until the earlier of now + TTL and its token's exp; one without exp is not kept. */
    void remember(Key key, SecurityIdentity identity) {
        if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getExpirationTime() <= 0) {
            return;
        }
        Duration untilExp = Duration.ofSeconds(jwt.getExpirationTime() - epochSeconds.getAsLong());
        Duration lifetime = untilExp.compareTo(ttl) < 0 ? untilExp : ttl;
        if (!lifetime.isNegative() && !lifetime.isZero()) {
            cache.put(key, new Entry(identity, lifetime));
        }
    }

    Cache<Key, ?> cache() {
        return cache;
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
