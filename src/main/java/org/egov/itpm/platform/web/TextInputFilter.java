package org.egov.itpm.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.TextInput;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Path and query parameters carrying a NUL character are refused as INVALID_INPUT before any resource runs. */
public class TextInputFilter {

    @ServerRequestFilter
    public void refuseNul(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        check(request.getUriInfo().getPathParameters(true), errors);
        check(request.getUriInfo().getQueryParameters(true), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<FieldError> errors) {
        parameters.forEach((name, values) -> {
            if (values.stream().anyMatch(TextInput::hasNul)) {
                errors.add(TextInput.nulError(name));
            }
        });
    }
}
