package org.egov.itpm.platform.graphql;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.egov.itpm.common.DatabaseFailures;
import org.egov.itpm.common.DomainException;
import org.egov.itpm.common.ErrorCode;
import org.egov.itpm.common.Language;
import org.egov.itpm.platform.TraceIds;

/**
 * GraphQL error extensions for domain errors: {@code code} (the same stable code as REST problem+json),
 * {@code status}, {@code title} and {@code retryable} (from the catalogue, common/ErrorCode), {@code messages}
 * (en, zh), {@code details} (cited reasons, field errors) and, on a 5xx, {@code errorId} (the trace id).
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
            return Json.createValue(d != null ? d.code() : SecurityCodes.codeFor(t).name());
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
            return Json.createValue(status(t));
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
            var text = d != null ? d.text() : SecurityCodes.codeFor(t).title();
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
            return catalogued(t).map(ErrorCode::retryable).orElse(false) ? JsonValue.TRUE : JsonValue.FALSE;
        }
    }

    /** {@code extensions.title}: the catalogue's base text of the code, in the request's language. */
    public static final class Title implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "title";
        }

        @Override
        public JsonValue mapValueFrom(Throwable t) {
            return catalogued(t).map(c -> (JsonValue) Json.createValue(c.title().in(Language.current())))
                    .orElse(JsonValue.NULL);
        }
    }

    /** {@code extensions.errorId}: on a 5xx, the request's trace id, also in every log line of the request. */
    public static final class ErrorId implements ErrorExtensionProvider {
        @Override
        public String getKey() {
            return "errorId";
        }

        @Override
        public JsonValue mapValueFrom(Throwable t) {
            return status(t) >= 500 ? Json.createValue(TraceIds.current()) : JsonValue.NULL;
        }
    }

    /** Whether the error of {@code t} is INTERNAL_ERROR (a bug), as the extensions of its answer will say. */
    static boolean isInternalError(Throwable t) {
        return domain(t) == null && SecurityCodes.codeFor(t) == ErrorCode.INTERNAL_ERROR;
    }

    private static int status(Throwable t) {
        DomainException d = domain(t);
        return d != null ? d.status() : SecurityCodes.codeFor(t).status();
    }

    private static java.util.Optional<ErrorCode> catalogued(Throwable t) {
        DomainException d = domain(t);
        return d != null ? ErrorCode.find(d.code()) : java.util.Optional.of(SecurityCodes.codeFor(t));
    }
}
