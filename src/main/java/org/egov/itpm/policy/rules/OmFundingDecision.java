package org.egov.itpm.policy.rules;

import java.util.List;

/** Whether a system may receive O&M funding; {@code refusals} lists every cited ground that blocks it. */
public record OmFundingDecision(boolean eligible, List<Reason> refusals) {

    public OmFundingDecision {
        refusals = List.copyOf(refusals);
    }
}
