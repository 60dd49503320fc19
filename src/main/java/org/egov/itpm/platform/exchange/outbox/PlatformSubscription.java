package org.egov.itpm.platform.exchange.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A webhook of a provincial platform: it receives the events of the projects of its province. */
@Entity
@Table(name = "platform_subscription")
public class PlatformSubscription {

    @Id
    public UUID id;

    /** The province, xx0000. */
    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String url;

    /** HMAC-SHA256 key of X-Itpm-Signature, sealed (see SubscriptionSecrets); never returned by the API. */
    @Column(nullable = false)
    public String secret;

    /** Id of the key that sealed {@link #secret}. */
    @Column(name = "secret_key_id")
    public String secretKeyId;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
