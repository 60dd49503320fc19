package org.egov.itpm.policy.pack;

import java.util.Set;

/** The roles that record an act because they are (or record for) the body a seed article gives it to. */
public record IssuerRule(Set<String> roles, Citation cite) {

    public IssuerRule {
        roles = Set.copyOf(roles);
    }
}
