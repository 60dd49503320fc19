package org.egov.itpm.platform.exchange.outbox;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new webhook subscription. */
@Schema(name = "SubscriptionInput", description = "A platform webhook: the province whose projects' events it receives,"
        + " the URL to POST them to and the shared secret that signs them.")
public record SubscriptionInput(
        @Schema(description = "Province code xx0000, e.g. 370000") @Size(max = TextLimits.CODE) String regionCode,
        @Schema(description = "Absolute http(s) URL") @Size(max = TextLimits.URL) String url,
        @Schema(description = "16 to 256 characters; the HMAC-SHA256 key of X-Itpm-Signature. Never returned.",
                minLength = 16, maxLength = 256)
        String secret) {
}
