package org.egov.itpm.platform.exchange.outbox;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as the API shows it (without its secret). */
@Schema(name = "Subscription", description = "A platform webhook subscription (the secret is never shown).")
public record SubscriptionView(UUID id, String regionCode, String url, boolean active, String createdBy,
                               Instant createdAt) {

    static SubscriptionView of(PlatformSubscription s) {
        return new SubscriptionView(s.id, s.regionCode, s.url, s.active, s.createdBy, s.createdAt);
    }
}
