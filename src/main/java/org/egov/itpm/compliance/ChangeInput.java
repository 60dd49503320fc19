package org.egov.itpm.compliance;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.egov.itpm.policy.ChangeReason;

/** A proposed change for the dry-run decision. */
@org.eclipse.microprofile.graphql.Input("ChangeInput")
@Description("A proposed adjustment of approved content (CNY amounts). Give projectId to judge it by the project's"
        + " pack and approved estimate, or packId + packVersion + approvedEstimate for a what-if.")
public class ChangeInput {
    public @Size(max = TextLimits.CODE) UUID projectId;
    public @Size(max = TextLimits.CODE) String packId;
    public Integer packVersion;
    @Description("Defaults to the project's approved estimate (概算).")
    public BigDecimal approvedEstimate;
    @Description("Total investment after the change; defaults to the approved estimate (total unchanged).")
    public BigDecimal proposedTotal;
    public BigDecimal addedAmount;
    public BigDecimal removedAmount;
    @Description("Part of the added amount that is content outside the approved list.")
    public BigDecimal newContentAmount;
    @Description("Part of the removed amount that is only procurement (tender) savings; it does not count.")
    public BigDecimal tenderSavings;
    @Description("Default true.")
    public Boolean objectiveUnchanged;
    @Description("A change of target, site, budget, main content or schedule (重大变更).")
    public Boolean majorChange;
    public ChangeReason reason;
}
