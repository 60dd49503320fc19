package org.egov.itpm.document;

import org.egov.itpm.common.RequestBatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.security.Roles;

/** Documents of a project (metadata); upload and download are REST. */
@GraphQLApi
public class DocumentGraphQLApi {

    @Inject
    DocumentService documents;
    @Inject
    RequestBatch batch;

    @Description("The project's documents (metadata only), oldest first.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<DocumentMeta>> documents(@Source List<ProjectView> list) {
        Map<UUID, List<DocumentMeta>> byProject = batch.load("project", "documents", list.stream()
                .map(ProjectView::id).toList(), List.of(), documents::byProjects);
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of())).toList();
    }
}
