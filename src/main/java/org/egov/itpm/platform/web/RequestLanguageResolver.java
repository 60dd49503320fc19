package org.egov.itpm.platform.web;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.egov.itpm.common.Language;

/** Lets domain errors speak the caller's language: reads Accept-Language of the request being served. */
@ApplicationScoped
public class RequestLanguageResolver {

    void install(@Observes StartupEvent event) {
        Language.installResolver(RequestLanguageResolver::fromCurrentRequest);
    }

    static Language fromCurrentRequest() {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Language.EN;
        }
        RoutingContext context = container.instance(RoutingContext.class).get();
        return context == null ? Language.EN : Language.fromAcceptLanguage(context.request().getHeader("Accept-Language"));
    }
}
