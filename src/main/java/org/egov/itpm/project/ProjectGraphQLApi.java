package org.egov.itpm.project;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import org.egov.itpm.common.RequestBatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.egov.itpm.common.Ids;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.organisation.Organisation;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.organisation.OrganisationView;
import org.egov.itpm.security.Roles;

/** Project list (台账), project page and draft editing. Nested fields are batch-resolved. */
@GraphQLApi
@RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
        Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
        Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
public class ProjectGraphQLApi {

    @Inject
    ProjectService projects;
    @Inject
    OrganisationService organisations;
    @Inject
    AuditService audit;
    @Inject
    RequestBatch batch;
    @Inject
    ActDateCorrectionService corrections;

    @Query("project")
    @Description("One project by id. A project outside your scope is reported as NOT_FOUND.")
    public ProjectView project(@Id @NonNull String id) {
        return ProjectView.of(projects.get(Ids.parse("id", id)));
    }

    @Query("projects")
    @Description("The project list (台账) visible to you, filtered, sorted and keyset-paginated (at most 100 a page).")
    public ProjectConnection projects(ProjectFilter filter, @DefaultValue("20") Integer first, @Size(max = TextLimits.CURSOR) String after,
                                      ProjectOrder orderBy) {
        ProjectConnection page = projects.page(filter, first, after, orderBy);
        batch.expect("project", page.edges().stream().map(e -> e.node().id()).toList());
        batch.expect("organisation", page.edges().stream().map(e -> e.node().ownerOrgId()).toList());
        return page;
    }

    @Description("Number of projects matching the filter (all pages).")
    public long totalCount(@Source ProjectConnection connection) {
        return projects.count(connection);
    }

    @Description("The owning organisation (项目建设单位; 牵头部门 of a cross-department project).")
    public List<OrganisationView> owner(@Source List<ProjectView> list) {
        Map<UUID, Organisation> orgs = organisationsById(list.stream().map(ProjectView::ownerOrgId).toList());
        return list.stream().map(p -> OrganisationView.of(orgs.get(p.ownerOrgId()))).toList();
    }

    @Description("参建部门 of a cross-department project.")
    public List<List<OrganisationView>> participants(@Source List<ProjectView> list) {
        Map<UUID, List<UUID>> byProject = batch.load("project", "participants", ids(list), List.of(),
                projects::participantsOf);
        Map<UUID, Organisation> orgs = organisationsById(byProject.values().stream().flatMap(List::stream).toList());
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream()
                .map(o -> OrganisationView.of(orgs.get(o))).toList()).toList();
    }

    @Description("Phases (分期) of a multi-phase project, in phase order.")
    public List<List<ProjectView>> phases(@Source List<ProjectView> list) {
        Map<UUID, List<Project>> byParent = batch.load("project", "phases", ids(list), List.of(), projects::phasesOf);
        return list.stream().map(p -> byParent.getOrDefault(p.id(), List.of()).stream().map(ProjectView::of)
                .toList()).toList();
    }

    @Description("The append-only stage history, oldest first.")
    public List<List<StageTransitionView>> history(@Source List<ProjectView> list) {
        Map<UUID, List<StageTransition>> byProject = batch.load("project", "history", ids(list), List.of(),
                projects::historyOf);
        batch.expect("transition", byProject.values().stream().flatMap(List::stream).map(t -> t.id).toList());
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream()
                .map(StageTransitionView::of).toList()).toList();
    }

    @Description("Corrections of this move's legal date, oldest first: both values, the reason, who and when.")
    public List<List<ActDateCorrectionView>> corrections(@Source List<StageTransitionView> list) {
        Map<UUID, List<ActDateCorrection>> byTransition = batch.load("transition", "corrections",
                list.stream().map(StageTransitionView::id).toList(), List.of(), corrections::correctionsOf);
        return list.stream().map(t -> byTransition.getOrDefault(t.id(), List.of()).stream()
                .map(ActDateCorrectionView::of).toList()).toList();
    }

    @Description("Every change to the project and its records: who, when, what. Oldest first.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.ADMIN})
    public List<List<AuditEntryView>> auditTrail(@Source List<ProjectView> list) {
        var byProject = batch.load("project", "audit", ids(list), List.<org.egov.itpm.audit.AuditEvent>of(),
                audit::forProjects);
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream()
                .map(AuditEntryView::of).toList()).toList();
    }

    @Mutation("createProject")
    @Description("Create a draft project owned by your organisation (stage DRAFT).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public ProjectView createProject(@NonNull ProjectInput input) {
        return ProjectView.of(projects.create(input));
    }

    @Mutation("updateProject")
    @Description("Edit a DRAFT or LIBRARY project; null fields are left unchanged. Pass expectedVersion to detect"
            + " concurrent edits (CONCURRENT_MODIFICATION).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public ProjectView updateProject(@Id @NonNull String id, @NonNull ProjectInput input, Integer expectedVersion) {
        return ProjectView.of(projects.update(Ids.parse("id", id), input, expectedVersion));
    }

    /** Owners and participants of the page, loaded once per request (every id the page declared). */
    private Map<UUID, Organisation> organisationsById(List<UUID> ids) {
        return batch.load("organisation", "organisations", ids, null, organisations::byIds);
    }

    private static Set<UUID> ids(List<ProjectView> list) {
        return list.stream().map(ProjectView::id).collect(Collectors.toSet());
    }

    /** Serialises audit details for clients as JSON text. */
    static final class JsonText {
        private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
                new com.fasterxml.jackson.databind.ObjectMapper();

        static String of(Object value) {
            try {
                return MAPPER.writeValueAsString(value);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return String.valueOf(value);
            }
        }
    }

    /** One audit trail entry. */
    @Name("AuditEntry")
    @Description("One audited change: entity, action, actor, time and details (JSON).")
    public record AuditEntryView(String entity, String entityId, String action, String actor, java.time.Instant at,
                                 String details) {
        static AuditEntryView of(org.egov.itpm.audit.AuditEvent e) {
            return new AuditEntryView(e.entity, e.entityId, e.action, e.actor, e.at, JsonText.of(e.details));
        }
    }
}
