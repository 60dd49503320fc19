package org.egov.itpm.platform.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;

/** Converts error details (records) to JSON-P for GraphQL extensions, via Jackson. */
final class JsonDetails {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    private JsonDetails() {
    }

    static JsonValue toJson(Map<String, Object> details) {
        try {
            return Json.createReader(new StringReader(MAPPER.writeValueAsString(details))).readValue();
        } catch (JsonProcessingException e) {
            return JsonValue.NULL;
        }
    }
}
