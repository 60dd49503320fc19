package org.egov.itpm.project;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ApprovalRecord;
import org.egov.itpm.policy.facts.PassedReview;
import org.egov.itpm.policy.facts.ProjectFacts;

/** Validation of the legal date entered with a stage move (docs/lifecycle.md "Legal dates and audit times"). */
final class ActDates {

    private ActDates() {
    }

    /**
     * 立项 is dated by its 批复: without an entered date, the latest review or approval it rests on (the last step of
     * the chain), else today.
     */
    static LocalDate defaultApprovalDate(ProjectFacts facts, LocalDate today) {
        return latestPreApprovalAct(facts, today).orElse(today);
    }

    /** The latest passed review or non-change approval dated on or before {@code upTo}. */
    static Optional<LocalDate> latestPreApprovalAct(ProjectFacts facts, LocalDate upTo) {
        var reviews = facts.reviews().stream().map(PassedReview::concludedOn);
        var approvals = facts.approvals().stream().filter(a -> a.kind() != ApprovalKind.CHANGE_APPROVAL)
                .map(ApprovalRecord::issuedOn);
        return java.util.stream.Stream.concat(reviews, approvals).filter(d -> d != null && !d.isAfter(upTo))
                .max(Comparator.naturalOrder());
    }

    /** A move is not dated before the act of the stage it leaves (project creation is not an act). */
    static void requireNotBeforePrevious(LocalDate on, List<StageTransition> history, String field) {
        previousAct(history, history.size()).ifPresent(prev -> {
            if (on.isBefore(prev.effectiveOn)) {
                throw beforePrevious(field, prev);
            }
        });
    }

    /** The latest legal act before position {@code index} of the history (the DRAFT creation does not count). */
    static Optional<StageTransition> previousAct(List<StageTransition> history, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (history.get(i).toStage != Stage.DRAFT) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    static InvalidInputException beforePrevious(String field, StageTransition prev) {
        return InvalidInputException.of(field, "DATE_BEFORE_PREVIOUS_ACT", "must not be before the move to "
                + prev.toStage + " dated " + prev.effectiveOn, "不得早于进入" + prev.toStage + "的日期（"
                + prev.effectiveOn + "）");
    }
}
