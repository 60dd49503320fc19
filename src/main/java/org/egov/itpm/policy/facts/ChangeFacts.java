package org.egov.itpm.policy.facts;

import java.math.BigDecimal;
import org.egov.itpm.policy.ChangeReason;

/**
 * A proposed adjustment of approved content. {@code addedAmount} and {@code removedAmount} are the
 * investment of content added and removed; {@code newContentAmount} is the part of the added amount for
 * items outside the approved list; {@code tenderSavings} is the part of the removed amount that is only
 * procurement savings. {@code majorChange} marks a change of target, site, budget, main content or schedule.
 */
public record ChangeFacts(BigDecimal approvedEstimate, BigDecimal proposedTotal, BigDecimal addedAmount,
                          BigDecimal removedAmount, BigDecimal newContentAmount, BigDecimal tenderSavings,
                          boolean objectiveUnchanged, boolean majorChange, ChangeReason reason) {}
