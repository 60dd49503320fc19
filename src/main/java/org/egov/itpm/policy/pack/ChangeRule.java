package org.egov.itpm.policy.pack;

import java.math.BigDecimal;
import java.util.Set;
import org.egov.itpm.policy.ChangeReason;

/**
 * Limits for adjusting approved content. Percentages are of the approved estimate; a null limit is
 * not checked. Filing always also needs the total within the estimate and the objective unchanged.
 * {@code reApprovalReview}, when set, is the article making the (re-)approval rest on an expert review: a
 * RE_APPROVAL change then needs a passed review round before the authority approves it; null means the
 * authority approves without a round. {@code adjustmentMeasure} says how the adjusted funds are counted (required
 * with FILING_WITHIN_LIMITS, because the seeds read differently).
 */
public record ChangeRule(ChangeMode mode, BigDecimal maxAdjustmentPercent, BigDecimal maxNewContentPercent,
                         BigDecimal maxNewContentAmount, boolean excludeTenderSavings,
                         AdjustmentMeasure adjustmentMeasure, Set<ChangeReason> allowedReasons, Citation cite, Citation reApprovalReview) {

    public ChangeRule {
        allowedReasons = allowedReasons == null ? Set.of() : Set.copyOf(allowedReasons);
    }
}
