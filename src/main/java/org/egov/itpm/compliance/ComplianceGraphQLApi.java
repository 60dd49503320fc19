package org.egov.itpm.compliance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.compliance.ComplianceService.Assessment;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.security.Roles;

/** What the policy says about each project: next steps, deadlines, findings. Batch-resolved per page. */
@GraphQLApi
@RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
        Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
        Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
public class ComplianceGraphQLApi {

    @Inject
    ComplianceService compliance;
    @Inject
    FindingService findings;
    @Inject
    org.egov.itpm.project.ProjectScope scope;
    @Inject
    org.egov.itpm.common.RequestBatch batch;

    @Description("What the bound policy pack still requires before the next stage(s), each with its citation.")
    public List<List<NextStepView>> nextSteps(@Source List<ProjectView> list) {
        Map<UUID, Assessment> a = compliance.assess(list.stream().map(ProjectView::id).toList());
        return list.stream().map(p -> a.get(p.id()).nextSteps().stream().map(NextStepView::of).toList()).toList();
    }

    @Description("Every due date the pack sets for this project, with status DUE, MET or MISSED.")
    public List<List<DeadlineView>> deadlines(@Source List<ProjectView> list) {
        Map<UUID, Assessment> a = compliance.assess(list.stream().map(ProjectView::id).toList());
        return list.stream().map(p -> a.get(p.id()).deadlines().stream().map(DeadlineView::of).toList()).toList();
    }

    @Name("currentFindings")
    @Description("Findings the pack raises about the project as of today (computed now, not the stored history).")
    public List<List<FindingView>> currentFindings(@Source List<ProjectView> list) {
        Map<UUID, Assessment> a = compliance.assess(list.stream().map(ProjectView::id).toList());
        return list.stream().map(p -> a.get(p.id()).findings().stream().map(FindingView::of).toList()).toList();
    }

    @org.eclipse.microprofile.graphql.Query("findings")
    @Description("Findings of the projects in your scope, newest first (at most 500; narrow with the filter).")
    public List<StoredFindingView> findingsList(FindingFilter filter,
                                               @org.eclipse.microprofile.graphql.DefaultValue("100") Integer first) {
        int size = first == null ? 100 : first; // an explicit null means the default, as for the other lists
        if (size < 1 || size > 500) {
            throw org.egov.itpm.common.InvalidInputException.of("first", "INVALID_PAGE_SIZE", "must be between 1 and 500",
                    "须在1至500之间");
        }
        return findings.search(scope.clause(), filter, size).stream().map(StoredFindingView::of).toList();
    }

    @Description("Findings recorded for this project (open and resolved), oldest first.")
    public List<List<StoredFindingView>> findings(@Source List<ProjectView> list) {
        Map<UUID, List<StoredFinding>> byProject = batch.load("project", "findings", list.stream().map(ProjectView::id)
                .toList(), List.of(), findings::byProjects);
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream().map(StoredFindingView::of)
                .toList()).toList();
    }

    @Description("Whether the pack judging this project is in force today: IN_FORCE, EXPIRED, NOT_YET_EFFECTIVE or NONE.")
    public List<String> policyPackStatus(@Source List<ProjectView> list) {
        Map<UUID, Assessment> a = compliance.assess(list.stream().map(ProjectView::id).toList());
        return list.stream().map(p -> a.get(p.id()).binding().status().name()).toList();
    }
}
