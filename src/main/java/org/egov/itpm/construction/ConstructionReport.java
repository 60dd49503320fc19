package org.egov.itpm.construction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A report filed during construction; never changed or deleted. */
@Entity
@Table(name = "construction_report")
public class ConstructionReport {

    /** Progress (进展), yearly performance (绩效), serious delay or loss (严重滞后/重大损失), supervision (监理报告). */
    @org.eclipse.microprofile.graphql.Enum("ConstructionReportKind")
    public enum Kind { PROGRESS, PERFORMANCE, SERIOUS_DELAY, SERIOUS_LOSS, SUPERVISION }

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The construction year the report covers (a PERFORMANCE report answers that year's duty). */
    @Column(nullable = false)
    public int year;

    /** Free label of the period, e.g. 2026-Q2. */
    public String period;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Column(nullable = false)
    public String summary;

    /** The amount lost (CNY), on a SERIOUS_LOSS report only. */
    @Column(name = "loss_amount", precision = 16, scale = 2)
    public java.math.BigDecimal lossAmount;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
