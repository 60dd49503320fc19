package org.egov.itpm.compliance;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.egov.itpm.policy.Severity;

/** Filters of the findings list. */
@Input("FindingFilter")
@Description("Filters of the findings list; given fields combine with AND.")
public class FindingFilter {
    @Description("Only open (true) or only resolved (false) findings; default both.")
    public Boolean open;
    public Severity severity;
    @Description("Finding code, e.g. CONTRACT_FILING_MISSED.")
    public @Size(max = TextLimits.CODE) String code;
    @Description("Policy pack id, e.g. qufu-2024.")
    public @Size(max = TextLimits.CODE) String packId;
}
