package org.egov.itpm.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.TextLimits;
import org.egov.itpm.common.RequestBatch;
import org.egov.itpm.policy.ExpertField;
import org.egov.itpm.policy.rules.PanelDraw;
import org.egov.itpm.security.Roles;

/** Panel draws (专家抽取): draw, accept or decline a seat, declare a conflict, replay a draw. */
@GraphQLApi
@RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
        Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
        Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
public class PanelDrawGraphQLApi {

    @Inject
    PanelDrawService draws;
    @Inject
    RequestBatch batch;

    @Description("The panel draws of this round, oldest first.")
    public List<List<PanelDrawView>> draws(@Source List<ReviewView> list) {
        Map<UUID, List<PanelDrawRecord>> byReview = batch.load("review", "draws", list.stream().map(ReviewView::id)
                .toList(), List.of(), draws::drawsOf);
        return list.stream().map(r -> byReview.getOrDefault(r.id(), List.of()).stream().map(PanelDrawView::of)
                .toList()).toList();
    }

    @Mutation("drawExpertPanel")
    @Description("Draw experts at random for an open round from the pool of the project's jurisdiction: available"
            + " experts with one of `fields`, excluding experts of the applying unit or of a participant organisation,"
            + " experts who declared a conflict with the project, experts already seated or declined in the round and"
            + " (ITPM_REVIEW_DRAW_COOLDOWN_DAYS) experts seated on the same unit's panels recently. count (1-50)"
            + " defaults to what the pack's minimum still lacks (Jiangxi art.18, Jianshan item 3, Baotou art.11, Qufu"
            + " art.16); reserves (0-20) default to count. seed: a signed 64-bit decimal integer, generated when"
            + " absent; it is stored with the sorted candidates so the draw can be replayed (replayPanelDraw). Drawn"
            + " experts get INVITED seats. POOL_TOO_SMALL names the shortfall and the exclusions by ground.")
    @RolesAllowed(Roles.AUTHORITY_REVIEWER)
    public PanelDrawView drawExpertPanel(@Id @NonNull String reviewId, @Size(max = TextLimits.ITEMS) @NonNull List<@NonNull ExpertField> fields,
                                         Integer count, Integer reserves, @Size(max = TextLimits.CODE) String seed) {
        return PanelDrawView.of(draws.draw(Ids.parse("reviewId", reviewId), fields, count, reserves, seed));
    }

    @Mutation("acceptPanelSeat")
    @Description("Accept the seat a draw offered you in this round; you are then on the panel. username, when given,"
            + " must be your own (NOT_YOUR_SEAT).")
    @RolesAllowed(Roles.EXPERT)
    public ReviewView acceptPanelSeat(@Id @NonNull String reviewId, @Size(max = TextLimits.ITEM) String username) {
        return ReviewView.of(draws.accept(Ids.parse("reviewId", reviewId), username));
    }

    @Mutation("declinePanelSeat")
    @Description("Decline the seat a draw offered you, with a reason (at most 2,000 characters). The draw's next"
            + " reserve is invited in your place; with none left the draw records a shortfall.")
    @RolesAllowed(Roles.EXPERT)
    public ReviewView declinePanelSeat(@Id @NonNull String reviewId, @Size(max = TextLimits.REASON) @NonNull String reason,
                                       @Size(max = TextLimits.ITEM) String username) {
        return ReviewView.of(draws.decline(Ids.parse("reviewId", reviewId), username, reason));
    }

    @Mutation("declareConflictOfInterest")
    @Description("Declare a conflict of interest (利益冲突) with a project (reason at most 2,000 characters): you are"
            + " never drawn for its panels.")
    @RolesAllowed(Roles.EXPERT)
    public ConflictView declareConflictOfInterest(@Id @NonNull String projectId,
                                                  @Size(max = TextLimits.REASON) @NonNull String reason) {
        ExpertConflict c = draws.declareConflict(Ids.parse("projectId", projectId), reason);
        return new ConflictView(c.projectId, c.expert, c.reason, c.declaredAt);
    }

    @Query("replayPanelDraw")
    @Description("Replays a stored draw from its stored candidates and seed (PanelDraw, ADR 0011) and says whether"
            + " the result matches what was recorded.")
    @RolesAllowed({Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER, Roles.AUDITOR, Roles.ADMIN})
    public DrawReplay replayPanelDraw(@Id @NonNull String drawId) {
        PanelDrawRecord d = draws.get(Ids.parse("drawId", drawId));
        PanelDraw.Result again = draws.replay(d);
        return new DrawReplay(d.id, again.panel().equals(d.panel) && again.reserves().equals(d.reserves),
                d.panel, d.reserves, again.panel(), again.reserves());
    }

    /** A declared conflict of interest. */
    @Name("ConflictOfInterest")
    @Description("An expert's declared conflict of interest with a project.")
    public record ConflictView(@Id UUID projectId, String expert, String reason, Instant declaredAt) {
    }

    /** A stored draw run again. */
    @Name("PanelDrawReplay")
    @Description("A stored draw run again from its candidates and seed.")
    public record DrawReplay(@Id UUID drawId, boolean matches, List<String> recordedPanel,
                             List<String> recordedReserves, List<String> replayedPanel,
                             List<String> replayedReserves) {
    }
}
