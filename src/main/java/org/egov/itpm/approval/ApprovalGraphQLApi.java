package org.egov.itpm.approval;

import org.egov.itpm.common.RequestBatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.egov.itpm.common.Ids;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.security.Roles;

/** Approvals (批复) of a project. */
@GraphQLApi
public class ApprovalGraphQLApi {

    @Inject
    ApprovalService approvals;
    @Inject
    RequestBatch batch;

    @Description("Approval documents on record, oldest first.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<ApprovalView>> approvals(@Source List<ProjectView> list) {
        Map<UUID, List<Approval>> byProject = batch.load("project", "approvals", list.stream().map(ProjectView::id)
                .toList(), List.of(), approvals::byProjects);
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream().map(ApprovalView::of)
                .toList()).toList();
    }

    @Mutation("recordApproval")
    @Description("Record an approval document. Repeating the same kind and 文号 with the same content is a no-op;"
            + " different content is APPROVAL_CONFLICT. A budget estimate sets the project's approved estimate. Only the"
            + " body the project's pack gives the kind to records it (e.g. jiangxi-2024 art.20: ndrc-approver;"
            + " baotou-2024 art.11: authority-approver); the other approver gets APPROVAL_NOT_ALLOWED_FOR_ROLE.")
    @RolesAllowed({Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER})
    public ApprovalView recordApproval(@Id @NonNull String projectId, @NonNull ApprovalInput input) {
        return ApprovalView.of(approvals.record(Ids.parse("projectId", projectId), input));
    }
}
