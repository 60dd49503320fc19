package org.egov.itpm.document;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import org.egov.itpm.common.RequestBatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.project.ProjectView;
import org.egov.itpm.security.Roles;

/**
 * Documents of a project (metadata) and a JSON upload for clients that speak only GraphQL; large files and
 * downloads are REST.
 */
@GraphQLApi
public class DocumentGraphQLApi {

    @Inject
    DocumentService documents;
    @Inject
    RequestBatch batch;

    @Mutation("uploadDocument")
    @Description("Stores a typed document from base64 content (the same checks and size limit as the REST multipart"
            + " upload, POST /api/v1/projects/{projectId}/documents, which suits large files). contractId links it to"
            + " one contract of the project; a CONTRACT_ACCEPTANCE_REPORT must name its contract (Qufu art.34). Only"
            + " the type's issuer may record it (docs/security.md \"Who records which act\"): e.g. a unit may not upload"
            + " a PRE_ACCEPTANCE_REVIEW_OPINION (Baotou art.22) or CRYPTO_CONFIRMATION (Jiangxi art.30)"
            + " (DOCUMENT_TYPE_NOT_ALLOWED_FOR_ROLE), and an expert uploads EXPERT_OPINION only where on a panel"
            + " (NOT_ON_PANEL).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.SECURITY_OFFICER, Roles.EXPERT, Roles.SUPERVISOR,
            Roles.EVALUATOR})
    public DocumentMeta uploadDocument(@Id @NonNull String projectId, @NonNull DocumentType type,
                                       @NonNull @Size(max = TextLimits.FILE_NAME) String fileName, @Size(max = TextLimits.FILE_NAME) String contentType,
                                       @NonNull @Description("The file's bytes, base64 (RFC 4648).") @Size(max = TextLimits.CONTENT_BASE64) String contentBase64,
                                       @Id String contractId) {
        byte[] content;
        try {
            content = Base64.getDecoder().decode(contentBase64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("contentBase64", "INVALID_BASE64", "is not valid base64", "不是有效的base64编码");
        }
        return documents.upload(Ids.parse("projectId", projectId), type.name(), fileName,
                contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType, content,
                Ids.parseOptional("contractId", contractId));
    }

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
