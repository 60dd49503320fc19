package org.egov.itpm.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.policy.ReviewType;

/** A review round as clients see it. */
@Name("Review")
@Description("One round of a review (需求评审, 技术评审, 专家论证, 联合会审, 第三方评估, or 调整评审 of a change request)"
        + " with its panel; a rejected round is followed by a new round linked through previousReviewId.")
public record ReviewView(@Id UUID id, UUID projectId, ReviewType type, int round, ReviewStatus status,
                         @Description("The panel: seats APPOINTED by hand or drawn and ACCEPTED; only they count for"
                                 + " the pack's minimum and sign opinions.") List<PanelMember> panel,
                         @Description("Every seat of the round, invited and declined ones included, in seat order.")
                         List<PanelMember> seats,
                         @Description("The panel was typed in by the authority instead of drawn (see appointmentReason,"
                                 + " appointedBy).") boolean manuallyAppointed,
                         String appointmentReason, String appointedBy, String openedBy, Instant openedAt, String concludedBy,
                         @Description("When the conclusion was entered (audit).") Instant concludedAt,
                         @Description("The legal date of the conclusion (the review meeting's); order checks and"
                                 + " deadlines count from it.") LocalDate concludedOn,
                         String conclusion, UUID previousReviewId,
                         @Description("The change request a CHANGE_REVIEW round is about (see also `change`).")
                         @Id UUID changeRequestId) {

    public static ReviewView of(Review r) {
        return new ReviewView(r.id, r.projectId, r.type, r.round, r.status, r.seated(),
                r.panel.stream().sorted(java.util.Comparator.comparingInt(m -> m.seatNo)).toList(), r.manuallyAppointed,
                r.appointmentReason, r.appointedBy, r.openedBy,
                r.openedAt, r.concludedBy, r.concludedAt, r.concludedOn, r.conclusion, r.previousReviewId, r.changeRequestId);
    }
}
