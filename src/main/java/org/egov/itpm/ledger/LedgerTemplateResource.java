package org.egov.itpm.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.ledger.export.LedgerExport;
import org.egov.itpm.ledger.imports.LedgerTemplate;
import org.egov.itpm.pack.PackRegistry;
import org.egov.itpm.platform.web.Problem;
import org.egov.itpm.security.Roles;

/** The empty import template of a jurisdiction's ledger. */
@Path("/api/v1/ledger/templates")
@Tag(name = "ledger")
public class LedgerTemplateResource {

    @Inject
    PackRegistry packs;

    @GET
    @Path("/{packId}")
    @Produces(LedgerExport.XLSX)
    @Operation(operationId = "downloadLedgerTemplate", summary = "Download the ledger (台账) import template",
            description = "XLSX with the sheets 项目台账, 行为 acts, 批复, 合同 contracts and 资金 funding: Chinese"
                    + " headers (row 1), English keys (row 2) and drop-downs for stage, project kind, funding source,"
                    + " the act, approval, contract and funding kinds and the IP owner; docs/ledger.md describes every"
                    + " column.")
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = LedgerExport.XLSX))
    @APIResponse(responseCode = "404", description = "No such policy pack", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.ADMIN})
    public Response template(@PathParam("packId") String packId) {
        boolean known = packs.catalog().packs().stream().anyMatch(p -> p.id().equals(packId));
        if (!known) {
            throw new NotFoundException("policyPack", packId);
        }
        try {
            return Response.ok(LedgerTemplate.write(packId)).header("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode("台账导入模板-" + packId + ".xlsx", StandardCharsets.UTF_8)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
