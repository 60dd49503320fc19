package org.egov.itpm.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 项目建设主体责任书 (Qufu art.24): signed once the budget is released, then filed on the project platform. */
@Entity
@Table(name = "responsibility_letter")
public class ResponsibilityLetter {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    public String reference;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
