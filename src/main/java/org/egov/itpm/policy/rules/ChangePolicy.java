package org.egov.itpm.policy.rules;

import static org.egov.itpm.policy.rules.ThresholdChecks.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.egov.itpm.policy.facts.ChangeFacts;
import org.egov.itpm.policy.pack.AdjustmentMeasure;
import org.egov.itpm.policy.pack.ChangeRule;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.policy.pack.Pack;

/** Whether a change to approved content may be made by filing (备案) or needs re-approval. */
public final class ChangePolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ChangePolicy() {
    }

    public static ChangeDecision evaluate(Pack pack, ChangeFacts change) {
        ChangeRule rule = pack.change();
        List<String> lines = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        rule.accept(new ChangeRule.Cases<Void>() {
            @Override
            public Void withinLimits(ChangeRule.FilingWithinLimits limits) {
                ChangePolicy.withinLimits(limits, change, lines, reasons);
                return null;
            }

            @Override
            public Void majorChange(ChangeRule.MajorChangeReApproval major) {
                lines.add("major change (target, site, budget, main content or schedule): " + change.majorChange());
                if (change.majorChange()) {
                    reasons.add(reason("MAJOR_CHANGE", major.cite(), "a major change is re-approved",
                            "发生较大变化，须重新履行审批手续"));
                } else {
                    lines.add("not a major change: record it on the project platform");
                }
                return null;
            }

            @Override
            public Void noFilingRoute(ChangeRule.NoFilingRoute none) {
                lines.add("the pack provides no filing route for changes to approved content");
                reasons.add(reason("NO_FILING_ROUTE", none.cite(), "changes to approved content go back for approval",
                        "调整批复内容须按程序重新报批"));
                return null;
            }
        });
        ChangeOutcome outcome = reasons.isEmpty() ? ChangeOutcome.FILING : ChangeOutcome.RE_APPROVAL;
        return new ChangeDecision(outcome, lines, reasons, rule.cite(),
                outcome == ChangeOutcome.RE_APPROVAL ? reviewBeforeApproval(pack) : null);
    }

    /**
     * Why a re-approval of {@code pack} needs a passed expert review round of the change first (CHANGE_REVIEW),
     * or null when the pack lets the authority approve without one.
     */
    public static Reason reviewBeforeApproval(Pack pack) {
        Citation review = pack.change() == null ? null : pack.change().reApprovalReview();
        if (review == null) {
            return null;
        }
        String where = " (" + review.render() + ")";
        return new Reason("CHANGE_REVIEW_REQUIRED", "CHANGE", review,
                "the re-approval rests on an expert review: a review round of the change must pass first" + where,
                "重新审批须以专家评审为依据：调整事项须先经评审通过" + where);
    }

    private static void withinLimits(ChangeRule.FilingWithinLimits rule, ChangeFacts c, List<String> lines, List<Reason> reasons) {
        Citation cite = rule.cite();
        BigDecimal estimate = money(c.approvedEstimate());
        if (estimate == null || estimate.signum() <= 0) {
            throw new IllegalArgumentException("approved estimate must be positive");
        }
        BigDecimal total = money(nz(c.proposedTotal()));
        lines.add("approved estimate " + estimate + ", proposed total " + total);
        if (total.compareTo(estimate) > 0) {
            reasons.add(reason("TOTAL_EXCEEDS_ESTIMATE", cite, "proposed total " + total + " exceeds the approved estimate "
                    + estimate, "调整后总投资" + total + "元超出概算批复" + estimate + "元"));
        }
        if (!c.objectiveUnchanged()) {
            reasons.add(reason("OBJECTIVE_CHANGED", cite, "the construction objective changes", "建设目标发生变化"));
        }
        if (c.majorChange()) {
            reasons.add(reason("MAJOR_CHANGE", cite, "a major change is re-approved", "存在重大变更，须重新审批"));
        }
        BigDecimal removed = money(nz(c.removedAmount()));
        if (rule.excludeTenderSavings()) {
            BigDecimal savings = money(nz(c.tenderSavings()));
            BigDecimal counted = removed.subtract(savings).max(BigDecimal.ZERO.setScale(2));
            lines.add("removed " + removed + " - tender savings " + savings + " = " + counted + " counted");
            removed = counted;
        }
        BigDecimal added = money(nz(c.addedAmount()));
        boolean larger = rule.measure() == AdjustmentMeasure.LARGER_OF_ADDED_AND_REMOVED;
        BigDecimal adjustment = larger ? added.max(removed) : added.add(removed);
        BigDecimal ratio = percent(adjustment, estimate);
        lines.add((larger ? "adjustment = max(added " + added + ", removed " + removed + ") = "
                : "adjustment = added " + added + " + removed " + removed + " = ") + adjustment);
        lines.add("adjustment / estimate = " + adjustment + " / " + estimate + " = " + ratio + "% (limit "
                + rule.maxAdjustmentPercent() + "%)");
        if (exceeds(adjustment, estimate, rule.maxAdjustmentPercent())) {
            reasons.add(reason("ADJUSTMENT_ABOVE_LIMIT", cite, "adjustment " + ratio + "% exceeds "
                    + rule.maxAdjustmentPercent() + "%", "资金调整比例" + ratio + "%超过" + rule.maxAdjustmentPercent() + "%"));
        }
        newContent(rule, c, estimate, lines, reasons);
        if (!rule.allowedReasons().isEmpty()) {
            boolean allowed = c.reason() != null && rule.allowedReasons().contains(c.reason());
            lines.add("reason " + c.reason() + (allowed ? " is" : " is not") + " one of "
                    + String.join(", ", rule.allowedReasons().stream().map(Enum::name).sorted().toList()));
            if (!allowed) {
                reasons.add(reason("REASON_NOT_ALLOWED", cite, "reason " + c.reason() + " is not one of the permitted reasons",
                        "调整原因不属于可由建设单位调整的情形"));
            }
        }
    }

    private static void newContent(ChangeRule.FilingWithinLimits rule, ChangeFacts c, BigDecimal estimate, List<String> lines,
                                   List<Reason> reasons) {
        BigDecimal fresh = money(nz(c.newContentAmount()));
        if (rule.maxNewContentPercent() != null) {
            BigDecimal share = percent(fresh, estimate);
            lines.add("new content / estimate = " + fresh + " / " + estimate + " = " + share + "% (limit "
                    + rule.maxNewContentPercent() + "%)");
            if (exceeds(fresh, estimate, rule.maxNewContentPercent())) {
                reasons.add(reason("NEW_CONTENT_ABOVE_SHARE", rule.cite(), "new content " + share + "% exceeds "
                        + rule.maxNewContentPercent() + "%", "新增建设内容投资占比" + share + "%超过" + rule.maxNewContentPercent() + "%"));
            }
        }
        if (rule.maxNewContentAmount() != null) {
            BigDecimal limit = money(rule.maxNewContentAmount());
            lines.add("new content " + fresh + " (limit " + limit + ")");
            if (fresh.compareTo(limit) > 0) {
                reasons.add(reason("NEW_CONTENT_ABOVE_AMOUNT", rule.cite(), "new content " + fresh + " exceeds " + limit,
                        "新增建设内容投资" + fresh + "元超过" + limit + "元"));
            }
        }
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** Compares unrounded, so 15.004% is above a 15% limit even though it prints as 15.00%. */
    private static boolean exceeds(BigDecimal part, BigDecimal whole, BigDecimal limitPercent) {
        return part.multiply(HUNDRED).compareTo(limitPercent.multiply(whole)) > 0;
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static Reason reason(String code, Citation cite, String en, String zh) {
        String where = " (" + cite.render() + ")";
        return new Reason(code, "CHANGE", cite, en + where, zh + where);
    }
}
