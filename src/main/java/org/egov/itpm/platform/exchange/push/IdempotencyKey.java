package org.egov.itpm.platform.exchange.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The first successful response to a request sent with an Idempotency-Key, per caller. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Pk.class)
public class IdempotencyKey {

    @Id
    public String key;

    @Id
    public String caller;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "response_status", nullable = false)
    public int responseStatus;

    @Column(name = "response_body", nullable = false)
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Primary key: (key, caller). */
    public record Pk(String key, String caller) implements Serializable {
        public Pk() {
            this(null, null);
        }
    }
}
