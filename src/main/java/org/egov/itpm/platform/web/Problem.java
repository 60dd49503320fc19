package org.egov.itpm.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 7807 problem details, extended with our stable {@code code}, both messages and details. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 7807 problem details. `code` is stable (same as GraphQL extensions.code);"
        + " `detail` is in the Accept-Language language (zh or en), `messages` has both; `errors` lists invalid"
        + " fields, `reasons` the cited rules that refused the action; `retryable` is true when the same request may"
        + " be sent again (503); `errorId` (every 5xx) is the request's trace id, also in every log line of it.")
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      Map<String, String> messages, List<Object> errors, List<Object> reasons, Boolean retryable,
                      String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
