package org.egov.itpm.operation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Next year's O&M budget proposal for a system in operation, sent to finance (jiangxi-2024 art.36: by 31 August). */
@Entity
@Table(name = "om_budget_proposal")
@IdClass(OmBudgetProposal.Key.class)
public class OmBudgetProposal {

    /** Composite key. */
    public static class Key implements Serializable {
        public UUID projectId;
        public int year;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(projectId, k.projectId) && year == k.year;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(projectId, year);
        }
    }

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    /** The year it is sent in (the budget is for the year after). */
    @Id
    public int year;

    @Column(name = "sent_on", nullable = false)
    public LocalDate sentOn;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
