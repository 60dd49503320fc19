package org.egov.itpm.platform;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The errorId of a 5xx is the request's OpenTelemetry trace id: the same id is in every log line of the request
 * ({@code %X{traceId}}) and in the exported trace, so one id leads from the client's answer to both (ADR 0009).
 */
public final class TraceIds {

    private TraceIds() {
    }

    /** The current trace id (32 hex digits); a fresh random one outside any trace (never expected on a request). */
    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        if (context.isValid()) {
            return context.getTraceId();
        }
        return String.format("%016x%016x", ThreadLocalRandom.current().nextLong(), ThreadLocalRandom.current().nextLong());
    }
}
