package org.egov.itpm.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.egov.itpm.policy.ApprovalKind;

/** An approval document (批复) on record: kind, 文号, date, amount and issuing body. */
@Entity
@Table(name = "approval")
public class Approval {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApprovalKind kind;

    @Column(name = "document_number", nullable = false)
    public String documentNumber;

    @Column(name = "approved_on", nullable = false)
    public LocalDate approvedOn;

    @Column(name = "approved_amount", precision = 16, scale = 2)
    public BigDecimal approvedAmount;

    @Column(name = "issuing_body", nullable = false)
    public String issuingBody;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The change request a CHANGE_APPROVAL approves (null for every other kind). */
    @Column(name = "change_request_id")
    public UUID changeRequestId;
}
