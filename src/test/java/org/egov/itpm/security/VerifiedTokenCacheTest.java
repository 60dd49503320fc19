package org.egov.itpm.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.GraphQLSocket;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The verified-token cache (ADR 0020) behind real signed tokens, on GraphQL, REST and the WebSocket. */
@QuarkusTest
class VerifiedTokenCacheTest {

    static final String PACKS = "{ policyPacks { id } }";
    static final String EXPERTS = "{ experts(projectId: \"" + UUID.randomUUID() + "\") { username } }";

    @Inject
    CachingTokenIdentityProvider provider;
    @Inject
    Vertx vertx;
    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aVerifiedTokenIsServedFromTheCacheOnItsNextRequest() {
        String token = TestTokens.tokenFor(TestTokens.QUFU_STAFF, Duration.ofMinutes(30));
        CacheStats before = stats();
        GraphQL.postAs(token, PACKS, Map.of()).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(token).get("/api/platform/v1/projects").then().statusCode(403);
        GraphQL.postAs(token, PACKS, Map.of()).statusCode(200);
        CacheStats after = stats().minus(before);
        assertThat(after.missCount()).isEqualTo(1);
        assertThat(after.hitCount()).isEqualTo(2);
        given().get("/q/metrics").then().statusCode(200).body(containsString("itpm.auth.verified-tokens"));
    }

    @Test
    void theWebSocketConnectionInitIsAuthenticatedThroughTheCache() throws Exception {
        String token = TestTokens.tokenFor(TestTokens.QUFU_LEAD, Duration.ofMinutes(25));
        GraphQL.postAs(token, PACKS, Map.of()).statusCode(200);
        CacheStats before = stats();
        try (GraphQLSocket socket = GraphQLSocket.open(vertx, graphql, null).init(token)) {
            assertThat(socket.next().path("type").asText()).isEqualTo("connection_ack");
        }
        assertThat(stats().minus(before).hitCount()).isEqualTo(1);
    }

    @Test
    void aCachedTokenPastItsExpIsRefused() {
        String token = TestTokens.tokenFor(TestTokens.QUFU_STAFF, Duration.ofSeconds(3));
        GraphQL.postAs(token, PACKS, Map.of()).statusCode(200);
        GraphQL.postAs(token, PACKS, Map.of()).statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("query", PACKS)).post("/graphql").statusCode() == 401);
        GraphQL.postAs(token, PACKS, Map.of()).statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(token).get("/api/platform/v1/projects").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void anotherTokenOfTheSamePersonIsVerifiedOnItsOwn() {
        var staff = TestTokens.QUFU_STAFF;
        String asStaff = TestTokens.tokenFor(staff, Duration.ofMinutes(20));
        String asAdmin = TestTokens.token(staff.username(), List.of("admin"), staff.orgCode(), staff.regionCode());
        GraphQL.postAs(asStaff, EXPERTS, Map.of()).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.postAs(asAdmin, EXPERTS, Map.of()).statusCode(200)
                .body("errors[0].extensions.code", not(equalTo("FORBIDDEN")));
        GraphQL.postAs(asStaff, EXPERTS, Map.of()).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void aTokenThatFailsVerificationIsNeverCached() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = io.smallrye.jwt.build.Jwt.issuer("https://itpm.test/realms/itpm").audience("itpm-api")
                .subject("qufu-staff").claim("realm_access", Map.of("roles", List.of("admin")))
                .expiresIn(3600).jws().keyId("test").sign(generator.generateKeyPair().getPrivate());
        String otherAudience = TestTokens.tokenFor(TestTokens.ADMIN, "https://itpm.test/realms/itpm", "other-api");
        String otherIssuer = TestTokens.tokenFor(TestTokens.ADMIN, "https://elsewhere.test/realms/itpm", "itpm-api");
        long size = provider.verified().cache().estimatedSize();
        CacheStats before = stats();
        for (String token : List.of(forged, otherAudience, otherIssuer, forged, otherAudience, otherIssuer)) {
            GraphQL.postAs(token, PACKS, Map.of()).statusCode(401)
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
            given().auth().oauth2(token).get("/api/platform/v1/projects").then().statusCode(401);
        }
        assertThat(stats().minus(before).hitCount()).isZero();
        assertThat(provider.verified().cache().estimatedSize()).isEqualTo(size);
    }

    private CacheStats stats() {
        return provider.verified().cache().stats();
    }
}
