package org.egov.itpm.platform.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.egov.itpm.common.Text;

/**
 * The platform exchange's body limit for bodies that do not declare their length (chunked transfer): the body is
 * counted as it arrives and refused with 413 PAYLOAD_TOO_LARGE as soon as it passes itpm.exchange.max-body-bytes,
 * so no more than that is ever buffered. Bodies with a Content-Length are refused up front by ExchangeBodyLimit.
 */
@ApplicationScoped
public class ChunkedBodyLimit {

    static final String PREFIX = "/api/platform/";
    private static final Text TOO_LARGE = new Text("the request body is too large", "请求体过大");

    @Inject
    AuthProblems problems;

    @ConfigProperty(name = "itpm.exchange.max-body-bytes")
    long max;

    void install(@Observes Router router) {
        router.route(PREFIX + "*").order(-1).handler(this::limit);
    }

    void limit(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        boolean mayHaveBody = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        if (!mayHaveBody || rc.request().headers().contains(HttpHeaders.CONTENT_LENGTH) || rc.request().isEnded()) {
            rc.next();
            return;
        }
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        rc.request().handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > max) {
                refused[0] = true;
                rc.response().putHeader(HttpHeaders.CONNECTION, "close");
                problems.send(rc, 413, "PAYLOAD_TOO_LARGE", TOO_LARGE);
                return;
            }
            body.appendBuffer(chunk);
        });
        rc.request().endHandler(done -> {
            if (!refused[0]) {
                rc.setBody(body); // the REST layer reads a body already on the routing context
                rc.next();
            }
        });
        rc.request().resume();
    }
}
