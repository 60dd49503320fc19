package org.egov.itpm.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Set;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The org and region claims are read from the verified token's claim set, else from the identity's attributes. */
class CurrentUserClaimsTest {

    @Test
    void platformScopeComesFromTheTokensRegionClaim() {
        CurrentUser user = user(claims("platform-sd", "11370000MB0000000X", "370000"), Roles.PLATFORM);
        assertEquals("370000", user.regionCode());
        assertEquals("11370000MB0000000X", user.orgCode());
        assertEquals("platform-sd", user.username());
        assertEquals(Set.of("37"), user.scope().regionPrefixes());
    }

    @Test
    void unitScopeComesFromTheTokensOrgClaim() {
        Scope scope = user(claims("lead", "11370881004123456F", "370881"), Roles.UNIT_LEAD).scope();
        assertEquals("11370881004123456F", scope.organisationCode());
        assertEquals(Set.of(), scope.regionPrefixes());
    }

    @Test
    void aMalformedRegionClaimGrantsNoRegion() {
        CurrentUser user = user(claims("platform-x", null, "37'--"), Roles.PLATFORM);
        assertNull(user.regionCode());
        assertEquals(Set.of(), user.scope().regionPrefixes());
    }

    @Test
    void aClaimMissingFromTheTokenFallsBackToTheIdentitysAttribute() {
        OidcJwtCallerPrincipal principal = new OidcJwtCallerPrincipal(claims("reviewer", null, null), null);
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder().setPrincipal(principal)
                .addRole(Roles.AUTHORITY_REVIEWER).addAttribute(CurrentUser.REGION_CODE_CLAIM, "370881").build();
        CurrentUser user = new CurrentUser(identity, null);
        assertEquals("370881", user.regionCode());
        assertEquals(Set.of("370881"), user.scope().regionPrefixes());
    }

    @Test
    void anIdentityWithoutTokenUsesItsAttributes() {
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("staff")).addRole(Roles.UNIT_STAFF)
                .addAttribute(CurrentUser.ORG_CODE_CLAIM, "11370881004123456F").build();
        assertEquals("11370881004123456F", new CurrentUser(identity, null).scope().organisationCode());
    }

    private static CurrentUser user(JwtClaims claims, String role) {
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new OidcJwtCallerPrincipal(claims, null)).addRole(role).build();
        return new CurrentUser(identity, null);
    }

    private static JwtClaims claims(String username, String org, String region) {
        JwtClaims claims = new JwtClaims();
        claims.setClaim("preferred_username", username);
        if (org != null) {
            claims.setClaim(CurrentUser.ORG_CODE_CLAIM, org);
        }
        if (region != null) {
            claims.setClaim(CurrentUser.REGION_CODE_CLAIM, region);
        }
        return claims;
    }
}
