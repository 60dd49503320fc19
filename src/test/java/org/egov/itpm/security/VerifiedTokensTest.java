package org.egov.itpm.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/** How long a verified token is honoured and how many are kept (ADR 0020), on a clock the test moves. */
class VerifiedTokensTest {

    static final long T0 = 1_800_000_000L;

    final AtomicLong nanos = new AtomicLong();
    final VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60), 3, nanos::get,
            () -> T0 + Duration.ofNanos(nanos.get()).toSeconds());

    @Test
    void aTokenIsNotHonouredPastItsExpEvenWithinTheTtl() {
        VerifiedTokens.Key key = key("a");
        tokens.remember(key, identityExpiringAt(T0 + 10));
        assertThat(tokens.find(key)).isPresent();
        advance(Duration.ofSeconds(9));
        assertThat(tokens.find(key)).isPresent();
        advance(Duration.ofSeconds(1));
        assertThat(tokens.find(key)).isEmpty();
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheTtl() {
        VerifiedTokens.Key key = key("a");
        tokens.remember(key, identityExpiringAt(T0 + 3600));
        advance(Duration.ofSeconds(59));
        assertThat(tokens.find(key)).isPresent();
        advance(Duration.ofSeconds(1));
        assertThat(tokens.find(key)).isEmpty();
    }

    @Test
    void anExpiredOrExpLessIdentityIsNeverKept() {
        tokens.remember(key("expired"), identityExpiringAt(T0));
        tokens.remember(key("no exp"), QuarkusSecurityIdentity.builder()
                .setPrincipal(new DefaultJWTCallerPrincipal(new JwtClaims())).build());
        assertThat(tokens.find(key("expired"))).isEmpty();
        assertThat(tokens.find(key("no exp"))).isEmpty();
    }

    @Test
    void theKeyIsTheWholeTokenAndWhatItWasVerifiedFor() {
        tokens.remember(key("header.payload.signature"), identityExpiringAt(T0 + 600));
        assertThat(tokens.find(key("header.payload.signature"))).isPresent();
        assertThat(tokens.find(key("header.payload.signaturf"))).isEmpty();
        assertThat(tokens.find(key("header.payload.signature "))).isEmpty();
        assertThat(tokens.find(VerifiedTokens.Key.of("other-tenant", Optional.of("https://itpm.test/realms/itpm"),
                Optional.of(List.of("itpm-api")), "header.payload.signature"))).isEmpty();
        assertThat(tokens.find(VerifiedTokens.Key.of("Default", Optional.of("https://itpm.test/realms/itpm"),
                Optional.of(List.of("other-api")), "header.payload.signature"))).isEmpty();
    }

    @Test
    void theCacheIsBounded() {
        for (int i = 0; i < 50; i++) {
            tokens.remember(key("token-" + i), identityExpiringAt(T0 + 600));
        }
        tokens.cache().cleanUp();
        assertThat(tokens.cache().estimatedSize()).isLessThanOrEqualTo(3);
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    private static VerifiedTokens.Key key(String token) {
        return VerifiedTokens.Key.of("Default", Optional.of("https://itpm.test/realms/itpm"),
                Optional.of(List.of("itpm-api")), token);
    }

    private static SecurityIdentity identityExpiringAt(long exp) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("qufu-staff");
        claims.setExpirationTime(NumericDate.fromSeconds(exp));
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims)).build();
    }
}
