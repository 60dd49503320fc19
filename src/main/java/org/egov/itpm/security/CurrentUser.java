package org.egov.itpm.security;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of this request: name, roles and the org/region claims Keycloak puts in the token. */
@RequestScoped
public class CurrentUser {

    public static final String ORG_CODE_CLAIM = "org_code";
    public static final String REGION_CODE_CLAIM = "region_code";

    private final SecurityIdentity identity;
    private final Instance<EngagementLookup> engagements;
    private EngagementLookup.Engaged engaged;

    @Inject
    public CurrentUser(SecurityIdentity identity, Instance<EngagementLookup> engagements) {
        this.identity = identity;
        this.engagements = engagements;
    }

    public String username() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt && jwt.getClaim("preferred_username") != null) {
            return jwt.getClaim("preferred_username").toString();
        }
        return principal.getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(Set<String> roles) {
        return roles.stream().anyMatch(identity::hasRole);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public String orgCode() {
        return claim(ORG_CODE_CLAIM);
    }

    public String regionCode() {
        String region = claim(REGION_CODE_CLAIM);
        return RegionCodes.isValid(region) ? region : null;
    }

    /** The data this caller may see; a role without the claim it needs grants nothing. */
    public Scope scope() {
        if (identity.hasRole(Roles.ADMIN)) {
            return new Scope(true, null, Set.of());
        }
        String org = hasAnyRole(Roles.UNIT_ROLES) ? orgCode() : null;
        Set<String> prefixes = new HashSet<>();
        String region = regionCode();
        if (region != null && hasAnyRole(Roles.JURISDICTION_ROLES)) {
            prefixes.add(RegionCodes.scopePrefix(region));
        }
        if (region != null && identity.hasRole(Roles.PLATFORM)) {
            prefixes.add(RegionCodes.scopePrefix(RegionCodes.province(region)));
        }
        return new Scope(false, org, Set.copyOf(prefixes), engaged());
    }

    /** Built once per request (this bean is request scoped): conditions, no lookup of the caller's seats. */
    private EngagementLookup.Engaged engaged() {
        if (!hasAnyRole(Roles.ENGAGEMENT_ROLES) || !engagements.isResolvable() || identity.isAnonymous()) {
            return EngagementLookup.Engaged.NONE;
        }
        if (engaged == null) {
            engaged = engagements.get().engagedProjects(username(), orgCode(), roles());
        }
        return engaged;
    }

    private String claim(String name) {
        Principal principal = identity.getPrincipal();
        if (principal instanceof OidcJwtCallerPrincipal oidc) {
            // the claim set itself: JsonWebToken.getClaim throws and catches an exception for every custom claim name
            Object value = oidc.getClaims().getClaimValue(name);
            return value == null ? attribute(name) : value.toString();
        }
        if (principal instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value != null) {
                return value.toString().replace("\"", "");
            }
        }
        return attribute(name);
    }

    private String attribute(String name) {
        Object attribute = identity.getAttribute(name);
        return attribute == null ? null : attribute.toString();
    }
}
