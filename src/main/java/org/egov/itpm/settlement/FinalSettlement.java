package org.egov.itpm.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The final settlement (决算) of a project after final acceptance, with the funded amount it was measured against. */
@Entity
@Table(name = "final_settlement")
public class FinalSettlement {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "settled_on", nullable = false)
    public LocalDate settledOn;

    @Column(nullable = false, precision = 16, scale = 2)
    public BigDecimal amount;

    /** The budget released (sum of BUDGET entries), else the approved estimate, when the settlement was recorded. */
    @Column(name = "funded_amount", nullable = false, precision = 16, scale = 2)
    public BigDecimal fundedAmount;

    @Column(name = "document_number", nullable = false)
    public String documentNumber;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Funded amount minus settled amount, CNY 2 decimals. */
    public BigDecimal surplus() {
        return fundedAmount.subtract(amount).setScale(2);
    }
}
