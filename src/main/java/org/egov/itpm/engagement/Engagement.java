package org.egov.itpm.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded engagement of a person (username) or an organisation on a project, for a legal period. */
@Entity
@Table(name = "engagement")
public class Engagement {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EngagementKind kind;

    /** The engaged person, or null when an organisation is engaged. */
    public String username;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Inclusive; null while open-ended. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "ended_at")
    public Instant endedAt;
}
