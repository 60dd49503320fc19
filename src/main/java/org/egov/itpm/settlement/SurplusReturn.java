package org.egov.itpm.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The return of a settlement's surplus through the original channel (按原渠道退回, qufu-2024 art.25). */
@Entity
@Table(name = "surplus_return")
public class SurplusReturn {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "returned_on", nullable = false)
    public LocalDate returnedOn;

    @Column(nullable = false, precision = 16, scale = 2)
    public BigDecimal amount;

    /** To whom it was returned (e.g. 县财政局国库). */
    @Column(name = "returned_to", nullable = false)
    public String returnedTo;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
