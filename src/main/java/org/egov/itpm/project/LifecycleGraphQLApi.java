package org.egov.itpm.project;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.egov.itpm.common.Ids;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.security.Roles;

/**
 * The buttons that move a project. Each checks the caller's role for the target stage and the bound pack's
 * gates; a refusal lists every unmet reason with pack and article (extensions.details.reasons).
 */
@GraphQLApi
public class LifecycleGraphQLApi {

    @Inject
    LifecycleService lifecycle;
    @Inject
    ActDateCorrectionService corrections;

    @Mutation("submitToLibrary")
    @Description("入库: put a DRAFT project into the project library (LIBRARY).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public ProjectView submitToLibrary(@Id @NonNull String projectId, @Size(max = TextLimits.REASON) String reason, Integer expectedVersion,
                                       @Description("The legal date of the act (default today, Asia/Shanghai); never in the future, never before the previous act.") LocalDate on) {
        return ProjectView.of(lifecycle.submitToLibrary(Ids.parse("projectId", projectId), on, reason, expectedVersion));
    }

    @Mutation("applyProject")
    @Description("申报: apply for a LIBRARY project (APPLIED). Binds the policy pack in force in the project's"
            + " jurisdiction on the application date; a pack not in force that day is refused with its citation.")
    @RolesAllowed(Roles.UNIT_LEAD)
    public ProjectView applyProject(@Id @NonNull String projectId, Integer expectedVersion,
                                    @Description("The date of the application (申报), default today.") LocalDate on) {
        return ProjectView.of(lifecycle.apply(Ids.parse("projectId", projectId), on, expectedVersion));
    }

    @Mutation("advanceStage")
    @Description("Move a project forward to APPROVED (立项, dated by its 批复 unless `on` is given), FUNDED, PROCUREMENT,"
            + " CONSTRUCTION (开工), TRIAL_RUN or OPERATION on the legal date `on`. Stages with their own operation"
            + " (LIBRARY, APPLIED, IN_REVIEW, PRELIMINARY_ACCEPTANCE, FINAL_ACCEPTANCE, DECOMMISSIONED) are refused"
            + " (STAGE_HAS_DEDICATED_OPERATION). Allowed roles depend on the target stage (docs/security.md); the"
            + " pack's gates must hold as of `on`.")
    @RolesAllowed({Roles.UNIT_LEAD, Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER})
    public ProjectView advanceStage(@Id @NonNull String projectId, @NonNull Stage to, @Size(max = TextLimits.REASON) String reason,
                                    @Description("Documents of this project the decision relied on.") @Size(max = TextLimits.ITEMS) List<String> documentIds,
                                    Integer expectedVersion, @Description("The legal date of the act (default today, Asia/Shanghai); never in the future, never before the previous act.") LocalDate on) {
        return ProjectView.of(lifecycle.advance(Ids.parse("projectId", projectId), to, on, reason,
                Ids.parseAll("documentIds", documentIds), expectedVersion));
    }

    @Mutation("suspendProject")
    @Description("暂停: suspend a project; it resumes at the stage it was in.")
    @RolesAllowed({Roles.UNIT_LEAD, Roles.AUTHORITY_APPROVER})
    public ProjectView suspendProject(@Id @NonNull String projectId, @NonNull @Size(max = TextLimits.REASON) String reason, Integer expectedVersion,
                                      @Description("The legal date of the act (default today, Asia/Shanghai); never in the future, never before the previous act.") LocalDate on) {
        return ProjectView.of(lifecycle.moveTo(Ids.parse("projectId", projectId), Stage.SUSPENDED, on, reason, List.of(),
                expectedVersion));
    }

    @Mutation("resumeProject")
    @Description("Resume a SUSPENDED project at the stage it was suspended in.")
    @RolesAllowed({Roles.UNIT_LEAD, Roles.AUTHORITY_APPROVER})
    public ProjectView resumeProject(@Id @NonNull String projectId, @NonNull @Size(max = TextLimits.REASON) String reason, Integer expectedVersion,
                                     @Description("The legal date of the act (default today, Asia/Shanghai); never in the future, never before the previous act.") LocalDate on) {
        return ProjectView.of(lifecycle.resume(Ids.parse("projectId", projectId), on, reason, expectedVersion));
    }

    @Mutation("terminateProject")
    @Description("终止: terminate a project for good.")
    @RolesAllowed(Roles.AUTHORITY_APPROVER)
    public ProjectView terminateProject(@Id @NonNull String projectId, @NonNull @Size(max = TextLimits.REASON) String reason, Integer expectedVersion,
                                      @Description("The legal date of the act (default today, Asia/Shanghai); never in the future, never before the previous act.") LocalDate on) {
        return ProjectView.of(lifecycle.moveTo(Ids.parse("projectId", projectId), Stage.TERMINATED, on, reason, List.of(),
                expectedVersion));
    }

    @Mutation("withdrawProject")
    @Description("撤回: the project unit withdraws its application.")
    @RolesAllowed(Roles.UNIT_LEAD)
    public ProjectView withdrawProject(@Id @NonNull String projectId, @NonNull @Size(max = TextLimits.REASON) String reason, Integer expectedVersion,
                                      @Description("The legal date of the act (default today, Asia/Shanghai); never in the future, never before the previous act.") LocalDate on) {
        return ProjectView.of(lifecycle.moveTo(Ids.parse("projectId", projectId), Stage.WITHDRAWN, on, reason, List.of(),
                expectedVersion));
    }

    @Mutation("rejectProject")
    @Description("驳回: the authority rejects an application (REJECTED).")
    @RolesAllowed({Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER})
    public ProjectView rejectProject(@Id @NonNull String projectId, @NonNull @Size(max = TextLimits.REASON) String reason, Integer expectedVersion,
                                      @Description("The legal date of the act (default today, Asia/Shanghai); never in the future, never before the previous act.") LocalDate on) {
        return ProjectView.of(lifecycle.moveTo(Ids.parse("projectId", projectId), Stage.REJECTED, on, reason, List.of(),
                expectedVersion));
    }

    @Mutation("correctStageDate")
    @Description("Correct the legal date of a recorded stage move (e.g. a 批复 entered with the wrong date). Only a role"
            + " that may perform that move may correct it, with a reason; the history keeps both values and every"
            + " deadline and finding is recomputed.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER})
    public StageTransitionView correctStageDate(@Id @NonNull String projectId, @Id @NonNull String transitionId,
                                                @NonNull LocalDate on, @NonNull @Size(max = TextLimits.REASON) String reason,
                                                Integer expectedVersion) {
        return StageTransitionView.of(corrections.correct(Ids.parse("projectId", projectId),
                Ids.parse("transitionId", transitionId), on, reason, expectedVersion));
    }

    @Mutation("rebindPolicyPack")
    @Description("Administrator: judge a project by another pack version from now on (audited).")
    @RolesAllowed(Roles.ADMIN)
    public ProjectView rebindPolicyPack(@Id @NonNull String projectId, @NonNull @Size(max = TextLimits.CODE) String packId, int version,
                                        @NonNull @Size(max = TextLimits.REASON) String reason) {
        return ProjectView.of(lifecycle.rebind(Ids.parse("projectId", projectId), packId, version, reason));
    }
}
