package org.egov.itpm.ledger.job;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.platform.web.Problem;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.Roles;

/** Download of a ledger job's result by its time-limited signed link. */
@Path("/api/v1/ledger/jobs")
@Tag(name = "ledger")
public class LedgerDownloadResource {

    @Inject
    LedgerJobs jobs;
    @Inject
    DownloadLinks links;
    @Inject
    CurrentUser user;

    @GET
    @Path("/{id}/result")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "downloadLedgerJobResult", summary = "Download the file a ledger job produced",
            description = "The link comes from the job's downloadUrl: it is signed (HMAC) and stops working after"
                    + " ITPM_LEDGER_LINK_TTL. The bearer must be the person who started the job.")
    @APIResponse(responseCode = "200", description = "The file (XLSX, CSV or ZIP)", content = @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM))
    @APIResponse(responseCode = "404", description = "No such job of yours, no result, or the link is expired or"
            + " altered", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public Response download(@PathParam("id") UUID id, @QueryParam("expires") long expires,
                             @QueryParam("signature") String signature) {
        if (!links.valid(id, expires, signature)) {
            throw new NotFoundException("downloadLink", id);
        }
        LedgerJob job = jobs.get(id);
        if (!job.requestedBy.equals(user.username())) { // not even an administrator: the file is the requester's
            throw new NotFoundException("downloadLink", id);
        }
        return Response.ok(jobs.result(id), job.resultType)
                .header("Content-Disposition", ContentDisposition.attachment(job.resultName))
                .header("Cache-Control", "no-store")
                .build();
    }
}
