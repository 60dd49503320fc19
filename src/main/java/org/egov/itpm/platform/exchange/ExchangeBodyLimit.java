package org.egov.itpm.platform.exchange;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.egov.itpm.common.ItpmConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The exchange endpoints take small JSON bodies: anything larger than itpm.exchange.max-body-bytes is refused
 * with 413 before it is read or stored. (The global HTTP limit, sized for document uploads, still applies to
 * bodies sent without a Content-Length.)
 */
public class ExchangeBodyLimit {

    @Inject
    ItpmConfig config;

    @ServerRequestFilter
    public void limit(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/platform/")) {
            return;
        }
        if (request.getLength() > config.exchange().maxBodyBytes()) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }
}
