package org.egov.itpm.policy.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.egov.itpm.policy.ChangeReason;

/**
 * How a pack lets a unit adjust approved content, one kind per {@link ChangeMode}. {@code reApprovalReview}, when
 * set, is the article making the (re-)approval rest on an expert review: a RE_APPROVAL change then needs a passed
 * review round before the authority approves it; null means the authority approves without a round.
 */
public sealed interface ChangeRule {

    Citation cite();

    Citation reApprovalReview();

    /** The kind's name in the pack JSON. */
    ChangeMode mode();

    /** The limits as data, for the API and the docs; a limit the pack does not set is left out. */
    List<RuleParameter> parameters();

    <R> R accept(Cases<R> cases);

    /** One method per kind. */
    interface Cases<R> {
        R withinLimits(FilingWithinLimits rule);

        R majorChange(MajorChangeReApproval rule);

        R noFilingRoute(NoFilingRoute rule);
    }

    /**
     * Filing when every limit holds, else re-approval. Percentages are of the approved estimate; the new-content
     * limits are optional (null: not checked). {@code measure} says how the adjusted funds are counted, because the
     * seeds read differently. Filing always also needs the total within the estimate and the objective unchanged.
     */
    record FilingWithinLimits(BigDecimal maxAdjustmentPercent, BigDecimal maxNewContentPercent,
                              BigDecimal maxNewContentAmount, boolean excludeTenderSavings, AdjustmentMeasure measure,
                              Set<ChangeReason> allowedReasons, Citation cite, Citation reApprovalReview)
            implements ChangeRule {

        public FilingWithinLimits {
            allowedReasons = allowedReasons == null ? Set.of() : Set.copyOf(allowedReasons);
        }

        public ChangeMode mode() { return ChangeMode.FILING_WITHIN_LIMITS; }

        public <R> R accept(Cases<R> cases) { return cases.withinLimits(this); }

        public List<RuleParameter> parameters() {
            List<RuleParameter> out = new ArrayList<>();
            out.add(RuleParameter.percent("maxAdjustmentPercent", maxAdjustmentPercent));
            if (maxNewContentPercent != null) {
                out.add(RuleParameter.percent("maxNewContentPercent", maxNewContentPercent));
            }
            if (maxNewContentAmount != null) {
                out.add(RuleParameter.amount("maxNewContentAmount", maxNewContentAmount));
            }
            out.add(RuleParameter.flag("excludeTenderSavings", excludeTenderSavings));
            out.add(RuleParameter.code("adjustmentMeasure", measure.name()));
            if (!allowedReasons.isEmpty()) {
                out.add(RuleParameter.list("allowedReasons", allowedReasons));
            }
            return out;
        }
    }

    /** A major change (较大变化) is re-approved; other changes are recorded. */
    record MajorChangeReApproval(Citation cite, Citation reApprovalReview) implements ChangeRule {
        public ChangeMode mode() { return ChangeMode.MAJOR_CHANGE_REAPPROVAL; }
        public List<RuleParameter> parameters() { return List.of(); }
        public <R> R accept(Cases<R> cases) { return cases.majorChange(this); }
    }

    /** No simplified route: every content change goes back for approval. */
    record NoFilingRoute(Citation cite, Citation reApprovalReview) implements ChangeRule {
        public ChangeMode mode() { return ChangeMode.NO_FILING_ROUTE; }
        public List<RuleParameter> parameters() { return List.of(); }
        public <R> R accept(Cases<R> cases) { return cases.noFilingRoute(this); }
    }
}
