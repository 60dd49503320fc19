package org.egov.itpm.ledger.job;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.egov.itpm.security.CurrentUser;

/**
 * Who started a job, as stored with it: the worker runs the job as this identity, so every service it calls
 * checks the same roles and scope as the API would for the requester (ADR 0014 "one path per act").
 */
public record JobIdentity(String username, Set<String> roles, String orgCode, String regionCode) {

    static JobIdentity of(CurrentUser user) {
        return new JobIdentity(user.username(), new TreeSet<>(user.roles()), user.orgCode(), user.regionCode());
    }

    @SuppressWarnings("unchecked")
    static JobIdentity from(String username, Map<String, Object> stored) {
        return new JobIdentity(username, new TreeSet<>((List<String>) stored.get("roles")),
                (String) stored.get("orgCode"), (String) stored.get("regionCode"));
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("roles", List.copyOf(roles));
        m.put("orgCode", orgCode);
        m.put("regionCode", regionCode);
        return m;
    }

    SecurityIdentity asSecurityIdentity() {
        var builder = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).addRoles(roles);
        if (orgCode != null) {
            builder.addAttribute(CurrentUser.ORG_CODE_CLAIM, orgCode);
        }
        if (regionCode != null) {
            builder.addAttribute(CurrentUser.REGION_CODE_CLAIM, regionCode);
        }
        return builder.build();
    }
}
