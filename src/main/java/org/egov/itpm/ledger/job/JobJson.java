package org.egov.itpm.ledger.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The problems list as JSON for a jsonb column written by SQL. */
final class JobJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JobJson() {
    }

    static String write(List<LedgerProblem> problems) {
        try {
            return MAPPER.writeValueAsString(problems == null ? List.of() : problems);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
