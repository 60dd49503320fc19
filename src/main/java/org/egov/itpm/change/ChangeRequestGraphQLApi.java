package org.egov.itpm.change;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.approval.Approval;
import org.egov.itpm.approval.ApprovalService;
import org.egov.itpm.approval.ApprovalView;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.RequestBatch;
import org.egov.itpm.compliance.ChangeDecisionView.NextStepReason;
import org.egov.itpm.pack.CitationView;
import org.egov.itpm.policy.ChangeReason;
import org.egov.itpm.policy.rules.ChangeOutcome;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.review.Review;
import org.egov.itpm.review.ReviewService;
import org.egov.itpm.review.ReviewView;
import org.egov.itpm.security.Roles;

/**
 * Change requests (调整申请) to approved content: request, file (备案) or decide (re-approval, after the change's
 * review round where the pack wants one); a change exposes its review rounds and approval, a review its change.
 */
@GraphQLApi
public class ChangeRequestGraphQLApi {

    @Inject
    ChangeService changes;
    @Inject
    ReviewService reviews;
    @Inject
    ApprovalService approvals;
    @Inject
    RequestBatch batch;

    @Mutation("requestChange")
    @Description("Request a change of approved content. The bound pack decides at once: FILING (the unit files it"
            + " with fileChange) or RE_APPROVAL (the authority decides with decideChange, after a passed CHANGE_REVIEW"
            + " round when reviewBeforeApproval is set), with the arithmetic and every cited reason (e.g. Baotou"
            + " art.21: max(added, removed) ≤ 15% of the estimate, new content ≤ 5% and ≤ 2,000,000, tender savings"
            + " excluded; Qufu art.33 major changes; Jiangxi art.20 no filing route).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public ChangeRequestView requestChange(@Id @NonNull String projectId, @NonNull ChangeRequestInput input) {
        return ChangeRequestView.of(changes.request(Ids.parse("projectId", projectId), new ChangeService.Request(
                input.description, input.addedAmount, input.removedAmount, input.newContentAmount, input.tenderSavings,
                input.proposedTotal, input.objectiveUnchanged, input.majorChange, input.reason, input.requestedOn)));
    }

    @Mutation("fileChange")
    @Description("备案: the unit files a FILING change; it is approved on filing (and recorded as a CHANGE platform"
            + " filing). A RE_APPROVAL change is refused with CHANGE_NEEDS_RE_APPROVAL and the cited reasons.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public ChangeRequestView fileChange(@Id @NonNull String changeId, LocalDate filedOn, @Size(max = TextLimits.NAME) String reference) {
        return ChangeRequestView.of(changes.file(Ids.parse("changeId", changeId), filedOn, reference));
    }

    @Mutation("decideChange")
    @Description("The approving authority approves (with its 文号) or rejects a RE_APPROVAL change; neither while a"
            + " review round of it is open. When the change's reviewBeforeApproval is set (the pack makes the"
            + " re-approval rest on an expert review, e.g. Qufu art.16, Baotou art.11, Jiangxi art.18), approving"
            + " needs a passed CHANGE_REVIEW round (openReview with changeId), else CHANGE_REVIEW_REQUIRED with the"
            + " cited reasons. Approving records a CHANGE_APPROVAL approval (文号, decidedOn, approvedAmount — default"
            + " the proposed total —, issuingBody — default the approver's organisation) linked to the change and sets"
            + " the project's approved estimate to the approved amount. Where the pack names who re-approves"
            + " (qufu-2024 art.33), the other approver is refused with APPROVAL_NOT_ALLOWED_FOR_ROLE.")
    @RolesAllowed({Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER})
    public ChangeRequestView decideChange(@Id @NonNull String changeId, boolean approved, @Size(max = TextLimits.NAME) String documentNumber,
                                          LocalDate decidedOn, @Size(max = TextLimits.REASON) String note, BigDecimal approvedAmount,
                                          @Size(max = TextLimits.NAME) String issuingBody) {
        return ChangeRequestView.of(changes.decide(Ids.parse("changeId", changeId), new ChangeService.Decision(
                approved, documentNumber, decidedOn, note, approvedAmount, issuingBody)));
    }

    @Description("Change requests, in order, with their decisions.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<ChangeRequestView>> changeRequests(@Source List<ProjectView> list) {
        Map<UUID, List<ChangeRequest>> byProject = batch.load("project", "changeRequests", list.stream()
                .map(ProjectView::id).toList(), List.of(), changes::byProjects);
        batch.expect("change", byProject.values().stream().flatMap(List::stream).map(c -> c.id).toList());
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream().map(ChangeRequestView::of)
                .toList()).toList();
    }

    @Description("Review rounds (CHANGE_REVIEW) of this change, oldest first.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<ReviewView>> reviews(@Source List<ChangeRequestView> list) {
        Map<UUID, List<Review>> byChange = batch.load("change", "changeReviews", list.stream()
                .map(ChangeRequestView::id).toList(), List.of(), reviews::byChanges);
        batch.expect("review", byChange.values().stream().flatMap(List::stream).map(r -> r.id).toList());
        return list.stream().map(c -> byChange.getOrDefault(c.id(), List.of()).stream().map(ReviewView::of)
                .toList()).toList();
    }

    @Description("The CHANGE_APPROVAL approval (调整批复) that approved this change, if any.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<ApprovalView> approval(@Source List<ChangeRequestView> list) {
        Map<UUID, Approval> byChange = batch.load("change", "changeApproval", list.stream()
                .map(ChangeRequestView::id).toList(), null, approvals::byChanges);
        return list.stream().map(c -> byChange.get(c.id())).map(a -> a == null ? null : ApprovalView.of(a)).toList();
    }

    @Description("The change request a CHANGE_REVIEW round is about (null for other reviews).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<ChangeRequestView> change(@Source List<ReviewView> list) {
        List<UUID> ids = list.stream().map(ReviewView::changeRequestId).filter(java.util.Objects::nonNull).toList();
        Map<UUID, ChangeRequest> byId = batch.load("reviewedChange", "reviewedChange", ids, null, changes::byIds);
        return list.stream().map(r -> r.changeRequestId() == null ? null : byId.get(r.changeRequestId()))
                .map(c -> c == null ? null : ChangeRequestView.of(c)).toList();
    }

    /** Input of a change request. */
    @Input("ChangeRequestInput")
    @Description("A change of approved content (CNY). proposedTotal defaults to the approved estimate (total unchanged).")
    public static class ChangeRequestInput {
        public @Size(max = TextLimits.LONG_TEXT) String description;
        public BigDecimal addedAmount;
        public BigDecimal removedAmount;
        @Description("Part of the added amount for content outside the approved list.")
        public BigDecimal newContentAmount;
        @Description("Part of the removed amount that is only procurement (tender) savings.")
        public BigDecimal tenderSavings;
        public BigDecimal proposedTotal;
        @Description("Default true.")
        public Boolean objectiveUnchanged;
        @Description("A change of target, site, budget, main content or schedule (较大变化/重大变更).")
        public Boolean majorChange;
        public ChangeReason reason;
        @Description("The date of the request (调整申请), default today: not in the future, not before the 立项.")
        public LocalDate requestedOn;
    }

    /** A change request with its decision. */
    @Name("ChangeRequest")
    public record ChangeRequestView(@Id UUID id, int seq, String description, BigDecimal addedAmount,
                                    BigDecimal removedAmount, BigDecimal newContentAmount, BigDecimal tenderSavings,
                                    @Description("The estimate the decision measured against.") BigDecimal approvedEstimate,
                                    BigDecimal proposedTotal, boolean objectiveUnchanged, boolean majorChange,
                                    ChangeReason reason, ChangeOutcome outcome, List<String> arithmetic,
                                    List<NextStepReason> reasons,
                                    @Description("Set when the re-approval rests on an expert review: a"
                                            + " CHANGE_REVIEW round of this change must pass before decideChange"
                                            + " approves it.") NextStepReason reviewBeforeApproval,
                                    String packId, int packVersion,
                                    ChangeRequest.Status status, String requestedBy,
                                    @Description("When the request was recorded (audit time).") Instant requestedAt,
                                    @Description("The legal date of the request.") LocalDate requestedOn,
                                    LocalDate decidedOn, String decidedBy, String documentNumber, String decisionNote) {
        static ChangeRequestView of(ChangeRequest c) {
            List<NextStepReason> review = reasons(c.reviewReason);
            return new ChangeRequestView(c.id, c.seq, c.description, c.addedAmount, c.removedAmount, c.newContentAmount,
                    c.tenderSavings, c.approvedEstimate, c.proposedTotal, c.objectiveUnchanged, c.majorChange, c.reason,
                    c.outcome, List.of(c.arithmetic.split("\n")), reasons(c.reasons),
                    review.isEmpty() ? null : review.get(0), c.packId, c.packVersion, c.status,
                    c.requestedBy, c.requestedAt, c.requestedOn, c.decidedOn, c.decidedBy, c.documentNumber, c.decisionNote);
        }

        private static List<NextStepReason> reasons(String lines) {
            return StoredReason.decode(lines).stream().map(r -> new NextStepReason(r.code(), r.messageEn(),
                    r.messageZh(), new CitationView(r.packId(), r.article(), r.citation(), null))).toList();
        }
    }
}
