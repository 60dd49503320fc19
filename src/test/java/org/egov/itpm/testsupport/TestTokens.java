package org.egov.itpm.testsupport;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Signed access tokens shaped like Keycloak's (realm_access.roles, org_code, region_code, aud itpm-api), so
 * tests switch identity per request and the service validates real JWTs. Keys: src/test/resources/test-keys.
 */
public final class TestTokens {

    /** A demo person: roles, organisation and region, as in keycloak/demo/itpm-demo-users.json. */
    public record Person(String username, List<String> roles, String orgCode, String regionCode) {
    }

    public static final Person QUFU_STAFF = new Person("qufu-staff", List.of("unit-staff"), DemoOrgs.QUFU_EDU, "370881");
    public static final Person QUFU_LEAD = new Person("qufu-lead", List.of("unit-lead"), DemoOrgs.QUFU_EDU, "370881");
    public static final Person QUFU_HEALTH_STAFF = new Person("qufu-health-staff", List.of("unit-staff"),
            DemoOrgs.QUFU_HEALTH, "370881");
    public static final Person QUFU_REVIEWER = new Person("qufu-reviewer", List.of("authority-reviewer"),
            DemoOrgs.QUFU_BIGDATA, "370881");
    public static final Person QUFU_APPROVER = new Person("qufu-approver", List.of("authority-approver"),
            DemoOrgs.QUFU_BIGDATA, "370881");
    public static final Person SD_REVIEWER = new Person("sd-reviewer", List.of("authority-reviewer"),
            DemoOrgs.SD_BIGDATA, "370000");
    public static final Person JX_STAFF = new Person("jx-staff", List.of("unit-staff"), DemoOrgs.JX_HRSS, "360000");
    public static final Person JS_STAFF = new Person("js-staff", List.of("unit-staff"), DemoOrgs.JS_GOV, "230502");
    public static final Person JS_AUTHORITY = new Person("js-authority", List.of("authority-reviewer"),
            "11230502MB02345673", "230502");
    public static final Person WS_STAFF = new Person("ws-staff", List.of("unit-staff"), DemoOrgs.WS_AGRI, "500237");
    public static final Person WS_AUTHORITY = new Person("ws-authority", List.of("authority-reviewer"),
            "11500237MB17345675", "500237");
    public static final Person BT_STAFF = new Person("bt-staff", List.of("unit-staff"), DemoOrgs.BT_PSB, "150200");
    public static final Person BT_AUTHORITY = new Person("bt-authority", List.of("authority-reviewer"),
            "11150200MB1834567X", "150200");
    public static final Person JX_AUTHORITY = new Person("jx-reviewer", List.of("authority-reviewer"),
            DemoOrgs.JX_DATA, "360000");
    public static final Person ADMIN = new Person("admin", List.of("admin"), DemoOrgs.SD_BIGDATA, "370000");

    private static final PrivateKey KEY = loadKey();

    private TestTokens() {
    }

    public static String tokenFor(Person p) {
        return token(p.username(), p.roles(), p.orgCode(), p.regionCode());
    }

    /** A token of {@code p} signed by the test key like every other, but expired ten minutes ago. */
    public static String expiredTokenFor(Person p) {
        return Jwt.issuer("https://itpm.test/realms/itpm").audience("itpm-api").subject(p.username())
                .claim("preferred_username", p.username()).claim("realm_access", Map.of("roles", p.roles()))
                .claim("org_code", p.orgCode()).claim("region_code", p.regionCode())
                .issuedAt(java.time.Instant.now().minusSeconds(4200))
                .expiresAt(java.time.Instant.now().minusSeconds(600)).jws().keyId("test").sign(KEY);
    }

    /** A token of {@code p} that expires {@code lifetime} from now. */
    public static String tokenFor(Person p, java.time.Duration lifetime) {
        return token(p.username(), p.roles(), p.orgCode(), p.regionCode(), lifetime);
    }

    public static String token(String username, List<String> roles, String orgCode, String regionCode) {
        return token(username, roles, orgCode, regionCode, java.time.Duration.ofHours(1));
    }

    /** A token of {@code p} signed by the test key, for another issuer or audience than the service's. */
    public static String tokenFor(Person p, String issuer, String audience) {
        return token(issuer, audience, p.username(), p.roles(), p.orgCode(), p.regionCode(),
                java.time.Duration.ofHours(1));
    }

    private static String token(String username, List<String> roles, String orgCode, String regionCode,
            java.time.Duration lifetime) {
        return token("https://itpm.test/realms/itpm", "itpm-api", username, roles, orgCode, regionCode, lifetime);
    }

    private static String token(String issuer, String audience, String username, List<String> roles, String orgCode,
            String regionCode, java.time.Duration lifetime) {
        var builder = Jwt.issuer(issuer).audience(audience).subject(username)
                .claim("preferred_username", username).claim("realm_access", Map.of("roles", roles))
                .expiresIn(lifetime);
        if (orgCode != null) {
            builder.claim("org_code", orgCode);
        }
        if (regionCode != null) {
            builder.claim("region_code", regionCode);
        }
        return builder.jws().keyId("test").sign(KEY);
    }

    private static PrivateKey loadKey() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/test-keys/private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
