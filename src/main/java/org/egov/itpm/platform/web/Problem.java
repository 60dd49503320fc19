package org.egov.itpm.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** RFC 7807 problem details, extended with our stable {@code code}, both messages and details. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      Map<String, String> messages, List<?> errors, List<?> reasons, String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
