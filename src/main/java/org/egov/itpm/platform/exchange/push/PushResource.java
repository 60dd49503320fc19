package org.egov.itpm.platform.exchange.push;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import jakarta.validation.Valid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.egov.itpm.platform.web.Problem;
import org.egov.itpm.security.Roles;

/** Provincial platforms push 项目代码 and approval results (docs/platform-exchange.md). */
@Path("/api/platform/v1")
@Tag(name = "platform exchange")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PushResource {

    @Inject
    PushService push;

    @PUT
    @Path("/projects/{localCode}/national-code")
    @Operation(operationId = "pushNationalCode", summary = "Assign the 项目代码 of a project",
            description = "Validates the GB/T 40058-2021 structure (current YYMM-RRRRRR-DD-TT-NNNNNC or legacy"
                    + " YYYY-RRRRRR-II-TT-NNNNNN); the region segment must be in your province and be the project's"
                    + " region or one above it. The same code again is a no-op (200, changed false).")
    @APIResponse(responseCode = "200", description = "The code is on record", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalCodeResult.class)))
    @APIResponse(responseCode = "400", description = "Malformed code, unknown region, region outside your province"
            + " or not the project's (errors per field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such project in your province",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "NATIONAL_CODE_CONFLICT: the project has another code, or another"
            + " project has this one", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than ITPM_EXCHANGE_MAX_BODY_BYTES",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(Roles.PLATFORM)
    public NationalCodeResult nationalCode(@PathParam("localCode") @Size(max = TextLimits.CODE) String localCode,
                                           @Valid NationalCodeInput in) {
        return push.nationalCode(localCode, in);
    }

    @PUT
    @Path("/approval-results/{approvalItemId}")
    @Operation(operationId = "pushApprovalResult", summary = "Store an approval item (办件) result",
            description = "Upsert by APPROVAL_ITEMID. APPROVED and FINISHED record the approval (批复) on the project, so"
                    + " the lifecycle's gates see it. Repeating identical content is a no-op (changed false); other content"
                    + " for an item in a final state is 409. With an Idempotency-Key, the same key and body return the"
                    + " first response, the same key with another body is 422 IDEMPOTENCY_KEY_REUSED.")
    @APIResponse(responseCode = "200", description = "Stored (or already stored)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApprovalResultView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (errors per field), malformed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "PROJECT_CODE is not a project of your province",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "APPROVAL_ITEM_CONFLICT (final state, other project),"
            + " APPROVAL_CONFLICT (same 文号, other content), APPROVAL_NOT_ALLOWED (project not applied or closed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than ITPM_EXCHANGE_MAX_BODY_BYTES",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed(Roles.PLATFORM)
    public Response approvalResult(@PathParam("approvalItemId") @Size(max = TextLimits.CODE) String approvalItemId,
                                   @Parameter(description = "Any unique string (≤ 128 visible ASCII) per logical request",
                                           schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                                   maxLength = 128))
                                   @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
                                   @Valid ApprovalResultInput in) {
        IdempotencyService.Stored answer = push.approvalResult(approvalItemId, idempotencyKey, in);
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body()).build();
    }
}
