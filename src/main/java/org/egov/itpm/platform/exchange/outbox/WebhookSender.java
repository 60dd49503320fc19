package org.egov.itpm.platform.exchange.outbox;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.egov.itpm.common.ItpmConfig;

/** POSTs one event to a subscriber, signed with the subscription's secret, with the W3C traceparent of the attempt. */
@ApplicationScoped
public class WebhookSender {

    public static final String EVENT_ID = "X-Itpm-Event-Id";
    public static final String EVENT_TYPE = "X-Itpm-Event-Type";
    public static final String SIGNATURE = "X-Itpm-Signature";

    private final Duration timeout;
    private final HttpClient client;

    @Inject
    public WebhookSender(ItpmConfig config) {
        this.timeout = config.exchange().delivery().timeout();
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The outcome of one attempt: delivered (2xx) or the reason it failed. */
    public record Outcome(boolean delivered, String error) {
    }

    public Outcome send(String url, String secret, UUID eventId, String type, String body) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header(EVENT_ID, eventId.toString())
                    .header(EVENT_TYPE, type)
                    .header(SIGNATURE, "sha256=" + hmacSha256Hex(secret, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            W3CTraceContextPropagator.getInstance().inject(Context.current(), builder, HttpRequest.Builder::header);
            HttpRequest request = builder.build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Outcome(true, null) : new Outcome(false, "HTTP " + status);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(false, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "interrupted");
        }
    }

    /** Hex HMAC-SHA256 of the UTF-8 body with the UTF-8 secret: what X-Itpm-Signature carries after "sha256=". */
    public static String hmacSha256Hex(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
