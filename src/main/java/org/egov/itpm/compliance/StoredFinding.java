package org.egov.itpm.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.Severity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A finding as recorded: raised once, resolved when the policy no longer reports it, never deleted. */
@Entity
@Table(name = "finding")
public class StoredFinding {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String key;

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(name = "pack_id")
    public String packId;

    public String article;

    public String quote;

    @Column(name = "message_en", nullable = false)
    public String messageEn;

    @Column(name = "message_zh", nullable = false)
    public String messageZh;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> facts;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** POLICY (the pack's evaluation) or MANUAL (raised by an oversight role, see {@link #raisedBy}). */
    @Column(nullable = false)
    public String origin = "POLICY";

    /** Who raised a MANUAL finding. */
    @Column(name = "raised_by")
    public String raisedBy;
}
