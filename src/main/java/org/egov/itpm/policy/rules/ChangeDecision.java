package org.egov.itpm.policy.rules;

import java.util.List;
import org.egov.itpm.policy.pack.Citation;

/**
 * A change-request decision with the arithmetic as readable lines and every reason forcing re-approval.
 * {@code reviewBeforeApproval} is set for a RE_APPROVAL decision whose pack makes the re-approval rest on an
 * expert review round (null otherwise).
 */
public record ChangeDecision(ChangeOutcome outcome, List<String> lines, List<Reason> reasons, Citation cite,
                             Reason reviewBeforeApproval) {

    public ChangeDecision {
        lines = List.copyOf(lines);
        reasons = List.copyOf(reasons);
    }
}
