package org.egov.itpm.platform.graphql;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BooleanSupplier;

/** Whether the client of a GraphQL request has closed its connection, asked when a field fails. */
final class ClientConnection {

    static final String KEY = "itpm.clientGone";
    static final BooleanSupplier OPEN = () -> false;

    private ClientConnection() {
    }

    /** The current HTTP request's answer; {@link #OPEN} outside one (WebSocket subscriptions, tests calling in). */
    static BooleanSupplier ofCurrentRequest() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return OPEN;
        }
        RoutingContext request = arc.instance(CurrentVertxRequest.class).get().getCurrent();
        return request == null ? OPEN : () -> request.response().closed();
    }
}
