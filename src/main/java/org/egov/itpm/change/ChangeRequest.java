package org.egov.itpm.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.egov.itpm.policy.ChangeReason;
import org.egov.itpm.policy.facts.ChangeFacts;
import org.egov.itpm.policy.rules.ChangeOutcome;

/** A request to adjust approved content, with the pack's decision (filing or re-approval) as it was made. */
@Entity
@Table(name = "change_request")
public class ChangeRequest {

    /**
     * Where the request stands. FILING requests are approved when filed; RE_APPROVAL ones by the authority, after a
     * passed CHANGE_REVIEW round when the pack makes the re-approval rest on an expert review.
     */
    @org.eclipse.microprofile.graphql.Enum("ChangeRequestStatus")
    public enum Status { AWAITING_FILING, AWAITING_APPROVAL, APPROVED, REJECTED }

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    /** 1, 2, … per project. */
    @Column(nullable = false)
    public int seq;

    @Column(nullable = false)
    public String description;

    @Column(name = "added_amount", nullable = false, precision = 16, scale = 2)
    public BigDecimal addedAmount;

    @Column(name = "removed_amount", nullable = false, precision = 16, scale = 2)
    public BigDecimal removedAmount;

    @Column(name = "new_content_amount", nullable = false, precision = 16, scale = 2)
    public BigDecimal newContentAmount;

    @Column(name = "tender_savings", nullable = false, precision = 16, scale = 2)
    public BigDecimal tenderSavings;

    /** The estimate the decision measured against. */
    @Column(name = "approved_estimate", nullable = false, precision = 16, scale = 2)
    public BigDecimal approvedEstimate;

    @Column(name = "proposed_total", nullable = false, precision = 16, scale = 2)
    public BigDecimal proposedTotal;

    @Column(name = "objective_unchanged", nullable = false)
    public boolean objectiveUnchanged;

    @Column(name = "major_change", nullable = false)
    public boolean majorChange;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeReason reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeOutcome outcome;

    /** The decision's arithmetic, one line per row. */
    @Column(nullable = false)
    public String arithmetic;

    /** The reasons forcing re-approval, one per line: code, pack, article, English, Chinese (tab-separated). */
    @Column(nullable = false)
    public String reasons;

    /**
     * Why the re-approval needs a passed review round of this change first (code, pack, article, English, Chinese,
     * tab-separated), decided with the outcome; empty when the authority decides without a round.
     */
    @Column(name = "review_reason", nullable = false)
    public String reviewReason = "";

    @Column(name = "pack_id", nullable = false)
    public String packId;

    @Column(name = "pack_version", nullable = false)
    public int packVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    /** The legal date of the request (调整申请), which rules and messages read; {@code requestedAt} is audit time. */
    @Column(name = "requested_on", nullable = false)
    public LocalDate requestedOn;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "decision_note")
    public String decisionNote;

    @Version
    public long version;

    public ChangeFacts facts() {
        return new ChangeFacts(approvedEstimate, proposedTotal, addedAmount, removedAmount, newContentAmount,
                tenderSavings, objectiveUnchanged, majorChange, reason);
    }
}
