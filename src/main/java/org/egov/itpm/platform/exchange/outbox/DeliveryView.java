package org.egov.itpm.platform.exchange.outbox;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery of an event to a subscription. */
@Schema(name = "Delivery", description = "One event for one subscription: PENDING (due at nextAttemptAt), DELIVERED,"
        + " or PARKED after too many failures (re-drive it once the receiver is fixed).")
public record DeliveryView(UUID id, UUID eventId, UUID subscriptionId, UUID projectId, long seq, String type,
                           String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                           Instant deliveredAt) {
}
