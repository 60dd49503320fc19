package org.egov.itpm.platform.graphql;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.egov.itpm.common.DatabaseFailures;
import org.egov.itpm.common.DomainException;
import org.egov.itpm.common.UnavailableException;

/**
 * GraphQL error extensions for domain errors: {@code code} (the same stable code as REST problem+json),
 * {@code status}, {@code messages} (en, zh) and {@code details} (cited reasons, field errors).
 * Registered through META-INF/services; SmallRye calls these for every error.
 */
public final class DomainErrorExtensions {

    private DomainErrorExtensions() {
    }

    static DomainException domain(Throwable t) {
        DomainException d = find(t);
        return d != null ? d : DatabaseFailures.translate(t);
    }

    private static DomainException find(Throwable t) {
        Throwable cursor = t;
        while (cursor != null) {
            if (cursor instanceof DomainException d) {
                return d;
            }
            if (cursor instanceof graphql.schema.CoercingParseLiteralException
                    || cursor instanceof graphql.schema.CoercingParseValueException) {
                // an argument the engine's scalar could not read (1.5 or 99999999999 for an Int): the client's input
                return org.egov.itpm.common.InvalidInputException.of("argument", "INVALID_VALUE",
                        "has a value its type cannot hold: " + cursor.getMessage(),
                        "取值超出其类型的范围或格式：" + cursor.getMessage());
            }
            if (cursor instanceof jakarta.validation.ConstraintViolationException violations) {
                return org.egov.itpm.common.Violations.toInvalidInput(violations);
            }
            if (cursor instanceof jakarta.persistence.OptimisticLockException
                    || cursor instanceof org.hibernate.StaleStateException) {
                return org.egov.itpm.common.ConflictException.concurrentModification("the record");
            }
            cursor = cursor.getCause();
        }
        return null;
    }

    /** {@code extensions.code}: the domain code, replacing SmallRye's class-name-derived one. */
    public static final class Code implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "code";
        }

        @Override
        public JsonValue mapValueFrom(Throwable t) {
            DomainException d = domain(t);
            return d != null ? Json.createValue(d.code()) : Json.createValue(SecurityCodes.codeFor(t));
        }
    }

    /** {@code extensions.status}: the HTTP status the same error has over REST. */
    public static final class Status implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "status";
        }

        @Override
        public JsonValue mapValueFrom(Throwable t) {
            DomainException d = domain(t);
            return d != null ? Json.createValue(d.status()) : Json.createValue(SecurityCodes.statusFor(t));
        }
    }

    /** {@code extensions.messages}: the message in both languages. */
    public static final class Messages implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "messages";
        }

        @Override
        public JsonValue mapValueFrom(Throwable t) {
            DomainException d = domain(t);
            var text = d != null ? d.text() : SecurityCodes.textFor(t);
            return Json.createObjectBuilder().add("en", text.en()).add("zh", text.zh()).build();
        }
    }

    /** {@code extensions.details}: cited reasons or field errors, as JSON. */
    public static final class Details implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "details";
        }

        @Override
        public JsonValue mapValueFrom(Throwable t) {
            DomainException d = domain(t);
            return d == null || d.details().isEmpty() ? JsonValue.NULL : JsonDetails.toJson(d.details());
        }
    }

    /** {@code extensions.retryable}: true when the same request may simply be sent again (503 unavailable). */
    public static final class Retryable implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "retryable";
        }

        @Override
        public JsonValue mapValueFrom(Throwable t) {
            return domain(t) instanceof UnavailableException ? JsonValue.TRUE : JsonValue.FALSE;
        }
    }
}
