package org.egov.itpm.oversight;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** One step in an order's history, append-only: who did what on which legal date, with text and documents. */
@Entity
@Table(name = "rectification_step")
public class RectificationStep {

    /** What the step did. */
    @org.eclipse.microprofile.graphql.Name("RectificationAction")
    public enum Action { ISSUE, RAISE, REPORT, ACCEPT, REJECT, ESCALATE, LIFT }

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(nullable = false)
    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(nullable = false)
    public String actor;

    @Column(name = "on_date", nullable = false)
    public LocalDate on;

    public String text;

    /** The new time limit a rejection sets. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    /** The measure an escalation takes or a lift ends. */
    public String measure;

    @Column(nullable = false)
    public Instant at;

    @ElementCollection
    @CollectionTable(name = "rectification_step_document", joinColumns = @JoinColumn(name = "step_id"))
    @Column(name = "document_id")
    public Set<UUID> documentIds = new LinkedHashSet<>();
}
