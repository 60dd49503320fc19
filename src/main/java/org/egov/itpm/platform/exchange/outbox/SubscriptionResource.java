package org.egov.itpm.platform.exchange.outbox;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import jakarta.validation.Valid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.platform.web.Problem;
import org.egov.itpm.security.Roles;

/** Administrators manage platform webhooks and re-drive parked deliveries. */
@Path("/api/platform/v1")
@Tag(name = "platform exchange administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SubscriptionResource {

    private static final Set<String> STATUSES = Set.of("PENDING", "DELIVERED", "PARKED");

    @Inject
    SubscriptionService subscriptions;

    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Subscribe a platform webhook to its province's events",
            description = "From now on every stage change, approval and platform filing of a project in the province is"
                    + " POSTed to the URL, signed with the secret (docs/platform-exchange.md, \"Webhooks\").")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid province, URL or secret (errors per field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid SubscriptionInput in) {
        return Response.status(201).entity(subscriptions.create(in)).build();
    }

    @GET
    @Path("/subscriptions")
    @Operation(operationId = "listSubscriptions", summary = "All webhook subscriptions (without secrets)")
    @APIResponse(responseCode = "200", description = "The subscriptions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView[].class)))
    public List<SubscriptionView> list() {
        return subscriptions.list();
    }

    @DELETE
    @Path("/subscriptions/{id}")
    @Operation(operationId = "deleteSubscription", summary = "Deactivate a webhook subscription",
            description = "No new deliveries are created; pending ones are no longer attempted. History is kept.")
    @APIResponse(responseCode = "204", description = "Deactivated")
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") @Size(max = TextLimits.CODE) String id) {
        subscriptions.deactivate(Ids.parse("id", id));
        return Response.noContent().build();
    }

    @GET
    @Path("/deliveries")
    @Operation(operationId = "listDeliveries", summary = "Deliveries by status (PARKED by default)",
            description = "Parked deliveries are the dead letters: fix the receiver, then re-drive them.")
    @APIResponse(responseCode = "200", description = "The deliveries, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView[].class)))
    @APIResponse(responseCode = "400", description = "Unknown status or bad limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DeliveryView> deliveries(
            @Parameter(description = "PENDING, DELIVERED or PARKED (default)") @QueryParam("status") @Size(max = TextLimits.CODE) String status,
            @Parameter(description = "1 to 500 (default 100)", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32"))
            @QueryParam("limit") @Size(max = TextLimits.CODE) String limit) {
        String s = status == null ? "PARKED" : status;
        if (!STATUSES.contains(s)) {
            throw InvalidInputException.of("status", "INVALID_STATUS", "must be PENDING, DELIVERED or PARKED",
                    "须为 PENDING、DELIVERED 或 PARKED");
        }
        int n = org.egov.itpm.platform.web.PageSize.parse(limit, 100, 500);
        return subscriptions.deliveries(s, n);
    }

    @POST
    @Path("/deliveries/{id}/redrive")
    @Operation(operationId = "redriveDelivery", summary = "Re-drive a parked delivery",
            description = "It becomes PENDING, due now, with a fresh attempt budget; later events of the same project"
                    + " follow it in order.")
    @APIResponse(responseCode = "204", description = "Pending again")
    @APIResponse(responseCode = "404", description = "No such delivery",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "DELIVERY_NOT_PARKED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response redrive(@PathParam("id") @Size(max = TextLimits.CODE) String id) {
        subscriptions.redrive(Ids.parse("id", id));
        return Response.noContent().build();
    }
}
