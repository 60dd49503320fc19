package org.egov.itpm.policy.pack;

import java.math.BigDecimal;
import java.util.Set;
import org.egov.itpm.policy.ChangeReason;

/**
 * Limits for adjusting approved content. Percentages are of the approved estimate; a null limit is
 * not checked. Filing always also needs the total within the estimate and the objective unchanged.
 */
public record ChangeRule(ChangeMode mode, BigDecimal maxAdjustmentPercent, BigDecimal maxNewContentPercent,
                         BigDecimal maxNewContentAmount, boolean excludeTenderSavings,
                         Set<ChangeReason> allowedReasons, Citation cite) {

    public ChangeRule {
        allowedReasons = allowedReasons == null ? Set.of() : Set.copyOf(allowedReasons);
    }
}
