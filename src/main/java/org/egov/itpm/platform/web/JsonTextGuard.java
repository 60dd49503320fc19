package org.egov.itpm.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.TextInput;

/** Text in a JSON body carrying a NUL character is refused as INVALID_INPUT, naming its field. */
@Singleton
public class JsonTextGuard implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("itpm-text-guard").addDeserializer(String.class, new NulRefusing()));
    }

    static final class NulRefusing extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (TextInput.hasNul(value)) {
                String field = p.getParsingContext().getCurrentName();
                throw new InvalidInputException(List.of(TextInput.nulError(field == null ? "body" : field)));
            }
            return value;
        }
    }
}
