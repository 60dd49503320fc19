package org.egov.itpm.review;

import java.time.LocalDate;
import java.util.Collection;
import org.egov.itpm.common.InvalidInputException;

/**
 * Checks the legal dates of review acts. The opening of a round is a click, not an act with a date, so a conclusion
 * is bounded by the project's application date and the previous round's conclusion instead.
 */
final class ReviewDates {

    private ReviewDates() {
    }

    /** The conclusion's date (already checked not to be in the future) is not before what it follows. */
    static LocalDate conclusion(LocalDate date, LocalDate appliedOn, Review previous,
                                Collection<ExpertOpinion> opinions) {
        if (appliedOn != null && date.isBefore(appliedOn)) {
            throw InvalidInputException.of("concludedOn", "BEFORE_APPLICATION", "a review cannot conclude before the"
                    + " project was applied for (" + appliedOn + ")", "评审结论日期不得早于项目申报日期 " + appliedOn);
        }
        if (previous != null && previous.concludedOn != null && date.isBefore(previous.concludedOn)) {
            throw InvalidInputException.of("concludedOn", "BEFORE_PREVIOUS_ROUND", "a resubmitted round cannot"
                    + " conclude before the round it follows (" + previous.concludedOn + ")",
                    "重新提交的评审结论日期不得早于上一轮结论日期 " + previous.concludedOn);
        }
        opinions.stream().map(o -> o.signedOn).filter(d -> d != null && date.isBefore(d)).max(LocalDate::compareTo)
                .ifPresent(latest -> {
                    throw InvalidInputException.of("concludedOn", "BEFORE_OPINION", "the conclusion cannot precede"
                            + " an expert opinion it rests on (signed on " + latest + ")",
                            "评审结论日期不得早于专家意见签署日期 " + latest);
                });
        return date;
    }

    /** A signature's date (already checked not to be in the future) is not before the project was applied for. */
    static LocalDate signature(LocalDate date, LocalDate appliedOn) {
        if (appliedOn != null && date.isBefore(appliedOn)) {
            throw InvalidInputException.of("signedOn", "BEFORE_APPLICATION", "an opinion cannot be signed before the"
                    + " project was applied for (" + appliedOn + ")", "专家意见签署日期不得早于项目申报日期 " + appliedOn);
        }
        return date;
    }
}
