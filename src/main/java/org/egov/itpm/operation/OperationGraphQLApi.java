package org.egov.itpm.operation;

import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.RequestBatch;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.security.Roles;

/** O&M projects and the systems they maintain; the yearly O&M budget proposal (jiangxi-2024 art.36). */
@GraphQLApi
public class OperationGraphQLApi {

    @Inject
    OperationService operation;
    @Inject
    ProjectService projects;
    @Inject
    RequestBatch batch;

    @Mutation("linkMaintainedSystem")
    @Description("The O&M project's unit records a system it maintains: a project of the same region that passed final"
            + " acceptance or is in operation. Funding the O&M project is then judged on the systems' O&M funding"
            + " eligibility (wushan-2022 art.25–27, qufu-2024 art.25, jiangxi-2024 art.37). Returns the maintained systems.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public List<ProjectView> linkMaintainedSystem(@Id @NonNull String omProjectId, @Id @NonNull String systemProjectId) {
        return operation.link(Ids.parse("omProjectId", omProjectId), Ids.parse("systemProjectId", systemProjectId))
                .stream().map(ProjectView::of).toList();
    }

    @Mutation("unlinkMaintainedSystem")
    @Description("The O&M project's unit removes a system link recorded by mistake. Returns the maintained systems.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public List<ProjectView> unlinkMaintainedSystem(@Id @NonNull String omProjectId, @Id @NonNull String systemProjectId) {
        return operation.unlink(Ids.parse("omProjectId", omProjectId), Ids.parse("systemProjectId", systemProjectId))
                .stream().map(ProjectView::of).toList();
    }

    @Mutation("recordOmBudgetProposal")
    @Description("The authority records that next year's O&M budget proposal for a system in operation was sent to"
            + " finance (jiangxi-2024 art.36: by 31 August); the year is that of sentOn. Recording a year again corrects it.")
    @RolesAllowed({Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER})
    public OmBudgetProposalView recordOmBudgetProposal(@Id @NonNull String projectId,
                                                       @Description("The date it was sent (legal date).") @NonNull LocalDate sentOn,
                                                       @Size(max = 100) String documentNumber) {
        return OmBudgetProposalView.of(operation.recordBudgetProposal(Ids.parse("projectId", projectId), sentOn,
                documentNumber));
    }

    @Description("For an O&M project: the systems in operation it maintains (those the caller may see).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<ProjectView>> maintainedSystems(@Source List<ProjectView> list) {
        return linked(list, "maintainedSystems", operation::systemsOf);
    }

    @Description("For a system: the O&M projects that maintain it (those the caller may see).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<ProjectView>> maintainedBy(@Source List<ProjectView> list) {
        return linked(list, "maintainedBy", operation::maintainersOf);
    }

    @Description("O&M budget proposals sent for this system, by year (jiangxi-2024 art.36).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<OmBudgetProposalView>> omBudgetProposals(@Source List<ProjectView> list) {
        Map<UUID, List<OmBudgetProposal>> byProject = batch.load("project", "omBudgetProposals", list.stream()
                .map(ProjectView::id).toList(), List.of(), operation::proposalsOf);
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream().map(OmBudgetProposalView::of)
                .toList()).toList();
    }

    private List<List<ProjectView>> linked(List<ProjectView> list, String kind,
                                           Function<java.util.Set<UUID>, Map<UUID, List<UUID>>> loader) {
        Map<UUID, List<UUID>> links = batch.load("project", kind, list.stream().map(ProjectView::id).toList(),
                List.of(), loader::apply);
        Map<UUID, Project> visible = projects.visibleByIds(links.values().stream().flatMap(List::stream).distinct()
                .toList());
        return list.stream().map(p -> links.getOrDefault(p.id(), List.of()).stream().map(visible::get)
                .filter(Objects::nonNull).map(ProjectView::of).toList()).toList();
    }

    /** An O&M budget proposal. */
    @Name("OmBudgetProposal")
    public record OmBudgetProposalView(int year, LocalDate sentOn, String documentNumber, String recordedBy,
                                       Instant recordedAt) {
        static OmBudgetProposalView of(OmBudgetProposal b) {
            return new OmBudgetProposalView(b.year, b.sentOn, b.documentNumber, b.recordedBy, b.recordedAt);
        }
    }
}
