package org.egov.itpm.security;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.egov.itpm.common.ItpmConfig;

/**
 * Bearer tokens are verified once by Quarkus OIDC and the identity is reused for the same token until the cache lets
 * it go (ADR 0020). Every authenticated path reaches this provider: the HTTP mechanism for GraphQL POSTs, the
 * compiled read path and REST, and the graphql-transport-ws connection_init. It runs before OIDC's own provider
 * (higher priority) and delegates every miss to it; a failed verification is never cached.
 */
@ApplicationScoped
public class CachingTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private final OidcIdentityProvider oidc;
    private final VerifiedTokens verified;

    @Inject
    public CachingTokenIdentityProvider(OidcIdentityProvider oidc, ItpmConfig config, MeterRegistry registry) {
        this.oidc = oidc;
        ItpmConfig.Auth.TokenCache settings = config.auth().tokenCache();
        this.verified = settings.enabled()
                ? new VerifiedTokens(settings.ttl(), settings.maxSize(), Ticker.systemTicker(),
                        () -> System.currentTimeMillis() / 1000)
                : null;
        if (verified != null) {
            CaffeineCacheMetrics.monitor(registry, verified.cache(), "itpm.auth.verified-tokens");
        }
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before OIDC's provider (the default priority), so a cached token is not verified again. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        Optional<VerifiedTokens.Key> key = key(request, rc);
        if (key.isEmpty()) {
            return oidc.authenticate(request, context);
        }
        Optional<SecurityIdentity> cached = verified.find(key.get());
        if (cached.isPresent()) {
            rc.put(REQUEST_CONTEXT, context);
            return Uni.createFrom().item(rebound(cached.get(), rc, context));
        }
        return oidc.authenticate(request, context).invoke(identity -> verified.remember(key.get(), identity));
    }

    /**
     * No key (no caching) unless the cache is on and this is a bearer access token of an HTTP request whose OIDC
     * tenant the mechanism has resolved.
     */
    private Optional<VerifiedTokens.Key> key(TokenAuthenticationRequest request, RoutingContext rc) {
        if (verified == null || rc == null || request.getToken().getClass() != AccessTokenCredential.class
                || !(rc.get(OidcTenantConfig.class.getName()) instanceof OidcTenantConfig tenant)) {
            return Optional.empty();
        }
        return Optional.of(VerifiedTokens.Key.of(tenant.tenantId().orElse("Default"), tenant.token().issuer(),
                tenant.token().audience(), request.getToken().getToken()));
    }

    /** The cache, or null when it is switched off (tests read its size and counts). */
    VerifiedTokens verified() {
        return verified;
    }

    /** The OIDC provider puts the request's routing and authentication contexts in the identity: this request's. */
    private static SecurityIdentity rebound(SecurityIdentity identity, RoutingContext rc,
            AuthenticationRequestContext context) {
        return QuarkusSecurityIdentity.builder(identity).addAttribute(ROUTING_CONTEXT, rc)
                .addAttribute(REQUEST_CONTEXT, context).build();
    }
}
