package org.egov.itpm.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
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

    @Mutation("submitToLibrary")
    @Description("入库: put a DRAFT project into the project library (LIBRARY).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public ProjectView submitToLibrary(@Id @NonNull String projectId, String reason, Integer expectedVersion) {
        return ProjectView.of(lifecycle.moveTo(Ids.parse("projectId", projectId), Stage.LIBRARY, reason, List.of(), expectedVersion));
    }

    @Mutation("applyProject")
    @Description("申报: apply for a LIBRARY project (APPLIED). Binds the policy pack in force in the project's"
            + " jurisdiction today; an expired or not-yet-effective pack is refused with its citation.")
    @RolesAllowed(Roles.UNIT_LEAD)
    public ProjectView applyProject(@Id @NonNull String projectId, Integer expectedVersion) {
        return ProjectView.of(lifecycle.apply(Ids.parse("projectId", projectId), expectedVersion));
    }

    @Mutation("advanceStage")
    @Description("Move a project forward to the next canonical stage (APPROVED, FUNDED, PROCUREMENT …)."
            + " Allowed roles depend on the target stage (docs/security.md); the pack's gates must hold.")
    @RolesAllowed({Roles.UNIT_LEAD, Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER})
    public ProjectView advanceStage(@Id @NonNull String projectId, @NonNull Stage to, String reason,
                                    @Description("Documents of this project the decision relied on.") List<String> documentIds,
                                    Integer expectedVersion) {
        if (!to.isCanonical()) {
            throw org.egov.itpm.common.InvalidInputException.of("to", "NOT_A_FORWARD_STAGE", to
                    + " is a side state; use suspend/terminate/withdraw/reject", to + " 为旁支状态，请使用暂停、终止、撤回或驳回");
        }
        return ProjectView.of(lifecycle.moveTo(Ids.parse("projectId", projectId), to, reason,
                Ids.parseAll("documentIds", documentIds), expectedVersion));
    }

    @Mutation("suspendProject")
    @Description("暂停: suspend a project; it resumes at the stage it was in.")
    @RolesAllowed({Roles.UNIT_LEAD, Roles.AUTHORITY_APPROVER})
    public ProjectView suspendProject(@Id @NonNull String projectId, @NonNull String reason, Integer expectedVersion) {
        return ProjectView.of(lifecycle.moveTo(Ids.parse("projectId", projectId), Stage.SUSPENDED, reason, List.of(), expectedVersion));
    }

    @Mutation("resumeProject")
    @Description("Resume a SUSPENDED project at the stage it was suspended in.")
    @RolesAllowed({Roles.UNIT_LEAD, Roles.AUTHORITY_APPROVER})
    public ProjectView resumeProject(@Id @NonNull String projectId, @NonNull String reason, Integer expectedVersion) {
        return ProjectView.of(lifecycle.resume(Ids.parse("projectId", projectId), reason, expectedVersion));
    }

    @Mutation("terminateProject")
    @Description("终止: terminate a project for good.")
    @RolesAllowed(Roles.AUTHORITY_APPROVER)
    public ProjectView terminateProject(@Id @NonNull String projectId, @NonNull String reason, Integer expectedVersion) {
        return ProjectView.of(lifecycle.moveTo(Ids.parse("projectId", projectId), Stage.TERMINATED, reason, List.of(), expectedVersion));
    }

    @Mutation("withdrawProject")
    @Description("撤回: the project unit withdraws its application.")
    @RolesAllowed(Roles.UNIT_LEAD)
    public ProjectView withdrawProject(@Id @NonNull String projectId, @NonNull String reason, Integer expectedVersion) {
        return ProjectView.of(lifecycle.moveTo(Ids.parse("projectId", projectId), Stage.WITHDRAWN, reason, List.of(), expectedVersion));
    }

    @Mutation("rejectProject")
    @Description("驳回: the authority rejects an application (REJECTED).")
    @RolesAllowed({Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER})
    public ProjectView rejectProject(@Id @NonNull String projectId, @NonNull String reason, Integer expectedVersion) {
        return ProjectView.of(lifecycle.moveTo(Ids.parse("projectId", projectId), Stage.REJECTED, reason, List.of(), expectedVersion));
    }

    @Mutation("rebindPolicyPack")
    @Description("Administrator: judge a project by another pack version from now on (audited).")
    @RolesAllowed(Roles.ADMIN)
    public ProjectView rebindPolicyPack(@Id @NonNull String projectId, @NonNull String packId, int version,
                                        @NonNull String reason) {
        return ProjectView.of(lifecycle.rebind(Ids.parse("projectId", projectId), packId, version, reason));
    }
}
