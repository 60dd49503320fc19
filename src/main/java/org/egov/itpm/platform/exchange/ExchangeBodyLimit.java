package org.egov.itpm.platform.exchange;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The exchange endpoints take small JSON bodies: anything larger than itpm.exchange.max-body-bytes is refused
 * with 413 before it is read or stored. (The global HTTP limit, sized for document uploads, still applies to
 * bodies sent without a Content-Length.)
 */
public class ExchangeBodyLimit {

    // Looked up per request: filters are created before config mappings are available to inject.
    private volatile long max = -1;

    @ServerRequestFilter
    public void limit(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/platform/")) {
            return;
        }
        if (max < 0) {
            max = ConfigProvider.getConfig().getValue("itpm.exchange.max-body-bytes", Long.class);
        }
        if (request.getLength() > max) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }
}
