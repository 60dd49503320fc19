package org.egov.itpm.review;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import org.egov.itpm.common.RequestBatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.egov.itpm.common.Ids;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.policy.ExpertField;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.security.ExpertDirectory;
import org.egov.itpm.security.Roles;

/** Reviews, expert panels and signed opinions. */
@GraphQLApi
@RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
        Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
        Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
public class ReviewGraphQLApi {

    @Inject
    ReviewService reviews;
    @Inject
    ProjectService projects;
    @Inject
    ExpertDirectory directory;
    @Inject
    RequestBatch batch;

    @Description("Review rounds of the project, oldest first.")
    public List<List<ReviewView>> reviews(@Source List<ProjectView> list) {
        Map<UUID, List<Review>> byProject = batch.load("project", "reviews", list.stream().map(ProjectView::id)
                .toList(), List.of(), reviews::byProjects);
        batch.expect("review", byProject.values().stream().flatMap(List::stream).map(r -> r.id).toList());
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream().map(ReviewView::of)
                .toList()).toList();
    }

    @Description("Signed expert opinions of this round.")
    public List<List<OpinionView>> opinions(@Source List<ReviewView> list) {
        Map<UUID, List<ExpertOpinion>> byReview = batch.load("review", "opinions", list.stream().map(ReviewView::id)
                .toList(), List.of(), reviews::opinionsOf);
        return list.stream().map(r -> byReview.getOrDefault(r.id(), List.of()).stream().map(OpinionView::of)
                .toList()).toList();
    }

    @Query("experts")
    @Description("The expert pool (专家库) that may sit on a panel for this project: Keycloak users with role"
            + " expert whose region contains the project's.")
    @RolesAllowed({Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER, Roles.ADMIN})
    public List<ExpertView> experts(@Id @NonNull String projectId) {
        String region = projects.get(Ids.parse("projectId", projectId)).regionCode;
        return directory.expertsFor(region).stream().map(e -> new ExpertView(e.username(), e.displayName(),
                e.regionCode(), e.fields().stream().sorted().toList(), e.organisationCodes().stream().findFirst()
                .orElse(null), e.available())).toList();
    }

    @Mutation("openReview")
    @Description("Open a review round. Its panel is either drawn (drawPanel: true, then drawExpertPanel) or typed in"
            + " by hand (usernames from `experts`) with a named appointmentReason (at most 2,000 characters); a typed"
            + " panel flags the round manuallyAppointed. The first review of an APPLIED project moves it to IN_REVIEW."
            + " With type CHANGE_REVIEW and changeId: the review of a change request awaiting re-approval whose pack"
            + " makes the re-approval rest on an expert review; decideChange approves it only after such a round has"
            + " passed. A typed panel of a review type the pack gives to experts needs the pack's minimum"
            + " (EXPERT_PANEL_TOO_SMALL, cited); a drawn one is checked when the round passes. openedOn is the legal"
            + " date the review was opened (default today): the IN_REVIEW move is dated by it.")
    @RolesAllowed(Roles.AUTHORITY_REVIEWER)
    public ReviewView openReview(@Id @NonNull String projectId, @NonNull ReviewType type,
                                 @Size(max = TextLimits.ITEMS) List<String> panel, @Id String changeId,
                                 LocalDate openedOn, @Size(max = TextLimits.REASON) String appointmentReason,
                                 Boolean drawPanel) {
        return ReviewView.of(reviews.open(Ids.parse("projectId", projectId), type, panel,
                changeId == null ? null : Ids.parse("changeId", changeId), openedOn, appointmentReason,
                Boolean.TRUE.equals(drawPanel)));
    }

    @Mutation("addExpertOpinion")
    @Description("Sign your opinion in an open round where you sit on the panel (once per round). signedOn is the"
            + " date on the signed opinion (default today, Asia/Shanghai): not in the future, not before the project's"
            + " application; the round's conclusion cannot precede it.")
    @RolesAllowed(Roles.EXPERT)
    public OpinionView addExpertOpinion(@Id @NonNull String reviewId, @NonNull OpinionConclusion conclusion,
                                        @NonNull @Size(max = TextLimits.LONG_TEXT) String text, LocalDate signedOn) {
        return OpinionView.of(reviews.addOpinion(Ids.parse("reviewId", reviewId), conclusion, text, signedOn));
    }

    @Mutation("concludeReview")
    @Description("Conclude an open round as passed or rejected, once every panel expert has signed. concludedOn is"
            + " the legal date of the conclusion (the review meeting's; default today, Asia/Shanghai): not in the"
            + " future, not before the project's application, the previous round's conclusion or a signed opinion."
            + " Order checks count from it. A review type the pack gives to experts (e.g. Jianshan item 3, Jiangxi"
            + " art.18, Baotou art.11) passes only with the pack's minimum panel, every member's opinion signed.")
    @RolesAllowed(Roles.AUTHORITY_REVIEWER)
    public ReviewView concludeReview(@Id @NonNull String reviewId, boolean passed, @NonNull @Size(max = TextLimits.LONG_TEXT) String conclusion,
                                     LocalDate concludedOn) {
        return ReviewView.of(reviews.conclude(Ids.parse("reviewId", reviewId), passed, conclusion, concludedOn));
    }

    @Mutation("resubmitReview")
    @Description("After a rejected round: open the next round with the same panel; the history is kept.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public ReviewView resubmitReview(@Id @NonNull String reviewId) {
        return ReviewView.of(reviews.resubmit(Ids.parse("reviewId", reviewId)));
    }

    /** An expert of the pool. */
    @Name("Expert")
    @Description("An expert of the pool (a Keycloak user with role expert).")
    public record ExpertView(String username, String displayName, String regionCode,
                             @Description("Fields (Keycloak attribute expert_fields).") List<ExpertField> fields,
                             @Description("Credit code of the expert's employer (organisation_code); draws avoid"
                                     + " its projects.") String organisationCode,
                             @Description("False: not drawn for now (expert_available).") boolean available) {
    }
}
