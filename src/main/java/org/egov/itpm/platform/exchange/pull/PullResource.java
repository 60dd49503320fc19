package org.egov.itpm.platform.exchange.pull;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

/** Provincial platforms pull the projects of their province (docs/platform-exchange.md). */
@Path("/api/platform/v1")
@Tag(name = "platform exchange")
@Produces(MediaType.APPLICATION_JSON)
public class PullResource {

    @Inject
    PullService pull;

    @GET
    @Path("/projects")
    @Operation(operationId = "pullProjects", summary = "Projects of your province changed since a watermark",
            description = "Keyset pages ordered by (EXCHANGE_TIME, id). Start with `since` (or nothing, for everything),"
                    + " then pass `nextCursor` as `after` until `hasMore` is false; keep the last cursor and resume"
                    + " from it. A row changed while you page reappears later with its new EXCHANGE_TIME. Rows younger"
                    + " than a few seconds (ITPM_EXCHANGE_SETTLE_LAG) are served on the next call, so no committing"
                    + " change is ever skipped. Send the ETag back as If-None-Match to get 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExchangePage.class)))
    @APIResponse(responseCode = "304", description = "The page equals the one whose ETag you sent")
    @APIResponse(responseCode = "400", description = "Bad `since`, `after` or `limit` (errors per field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.PLATFORM, Roles.ADMIN})
    public Response pull(
            @Parameter(description = "ISO-8601 instant; only rows with EXCHANGE_TIME at or after it")
            @QueryParam("since") @Size(max = TextLimits.CODE) String since,
            @Parameter(description = "Cursor from the previous page's nextCursor") @QueryParam("after") @Size(max = TextLimits.CURSOR) String after,
            @Parameter(description = "Rows per page, 1 to 500 (default 100)", schema = @Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int32"))
            @QueryParam("limit") @Size(max = TextLimits.CODE) String limit,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PullService.Tagged page = pull.page(since, after, limit);
        if (ifNoneMatch != null && ifNoneMatch.contains(page.etag())) {
            return Response.notModified().header(HttpHeaders.ETAG, page.etag()).build();
        }
        return Response.ok(page.body()).header(HttpHeaders.ETAG, page.etag()).build();
    }

    @GET
    @Path("/projects/{code}")
    @Operation(operationId = "getExchangeProject", summary = "One project of your province",
            description = "By egov-itpm local code or by 项目代码. A project outside your province is 404, like one"
                    + " that does not exist.")
    @APIResponse(responseCode = "200", description = "The project", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExchangeProjectRow.class)))
    @APIResponse(responseCode = "404", description = "No such project in your province",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.PLATFORM, Roles.ADMIN})
    public ExchangeProjectRow one(@PathParam("code") @Size(max = TextLimits.CODE) String code) {
        return pull.one(code);
    }
}
