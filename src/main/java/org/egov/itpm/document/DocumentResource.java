package org.egov.itpm.document;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.platform.web.Problem;
import org.egov.itpm.security.Roles;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Document upload (multipart) and download; GraphQL lists documents by id. */
@Path("/api/v1")
@Tag(name = "documents")
public class DocumentResource {

    @Inject
    DocumentService documents;

    @POST
    @Path("/projects/{projectId}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadDocument", summary = "Upload a typed document to a project",
            description = "Multipart form with `type` (a DocumentType such as FEASIBILITY_STUDY_REPORT), `file` and,"
                    + " for a document of one contract (e.g. CONTRACT_ACCEPTANCE_REPORT, Qufu art.34), `contractId`."
                    + " Stored in PostgreSQL with its SHA-256; the size limit is ITPM_DOCUMENT_MAX_BYTES. Only the type's"
                    + " issuer may record it (docs/security.md \"Who records which act\").")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DocumentMeta.class)))
    @APIResponse(responseCode = "400", description = "Unknown type, empty or too large file (fieldErrors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The type is another party's act"
            + " (DOCUMENT_TYPE_NOT_ALLOWED_FOR_ROLE), or an expert's opinion from outside the project's panels"
            + " (NOT_ON_PANEL)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such project in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The project is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.SECURITY_OFFICER, Roles.EXPERT, Roles.SUPERVISOR,
            Roles.EVALUATOR})
    public Response upload(@PathParam("projectId") UUID projectId, @RestForm("type") @Size(max = TextLimits.CODE) String type,
                           @RestForm("file") FileUpload file, @RestForm("contractId") @Size(max = TextLimits.CODE) String contractId) {
        if (file == null) {
            throw InvalidInputException.of("file", "REQUIRED", "a file part is required", "须上传文件");
        }
        try {
            DocumentMeta meta = documents.upload(projectId, type, file.fileName(), file.contentType(),
                    Files.readAllBytes(file.uploadedFile()),
                    Ids.parseOptional("contractId", contractId));
            return Response.status(201).entity(meta).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("/documents/{id}/content")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "downloadDocument", summary = "Download a document's content",
            description = "The ETag is the content's SHA-256.")
    @APIResponse(responseCode = "200", description = "The content", content = @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM))
    @APIResponse(responseCode = "404", description = "No such document in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public Response download(@PathParam("id") UUID id) {
        Document d = documents.download(id);
        return Response.ok(d.content, MediaTypes.forDownload(d.contentType))
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(d.fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("ETag", "\"" + d.sha256 + "\"")
                .build();
    }
}
