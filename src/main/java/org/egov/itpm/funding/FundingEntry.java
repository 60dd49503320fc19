package org.egov.itpm.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One year's annual-plan (年度投资计划) or budget (预算下达) amount for a project. */
@Entity
@Table(name = "funding_entry")
public class FundingEntry {

    /** Plan by the NDRC, budget by the finance bureau. */
    public enum Kind { ANNUAL_PLAN, BUDGET }

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false, precision = 16, scale = 2)
    public BigDecimal amount;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;
}
