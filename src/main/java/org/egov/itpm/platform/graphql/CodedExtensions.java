package org.egov.itpm.platform.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import org.egov.itpm.common.ErrorCode;
import org.egov.itpm.common.Language;
import org.egov.itpm.common.Text;
import org.egov.itpm.platform.TraceIds;

/**
 * The extensions of a GraphQL error built outside SmallRye's error mapping (before execution, at the HTTP layer):
 * {@code code}, {@code status}, {@code title} and {@code retryable} from the catalogue, {@code messages} of the case,
 * {@code errorId} (the trace id) on a 5xx. DomainErrorExtensions gives errors of resolvers the same members.
 */
final class CodedExtensions {

    private CodedExtensions() {
    }

    static Map<String, Object> of(String code, Text messages) {
        ErrorCode catalogued = ErrorCode.find(code).orElse(null);
        int status = catalogued == null ? 500 : catalogued.status();
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("code", code);
        ext.put("status", status);
        ext.put("title", (catalogued == null ? messages : catalogued.title()).in(Language.current()));
        ext.put("retryable", catalogued != null && catalogued.retryable());
        ext.put("messages", Map.of("en", messages.en(), "zh", messages.zh()));
        if (status >= 500) {
            ext.put("errorId", TraceIds.current());
        }
        return ext;
    }
}
