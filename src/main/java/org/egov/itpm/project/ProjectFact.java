package org.egov.itpm.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A declared fact about a project: an authority's attestation, an exclusion ground, or a platform filing. */
@Entity
@Table(name = "project_fact")
public class ProjectFact {

    /** What kind of fact. */
    public enum Category { ATTESTATION, EXCLUSION, PLATFORM_FILING }

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    /** The constant of Attestation, ExclusionGround or PlatformFiling. */
    @Column(nullable = false)
    public String value;

    @Column(name = "on_date", nullable = false)
    public LocalDate onDate;

    public String reference;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
