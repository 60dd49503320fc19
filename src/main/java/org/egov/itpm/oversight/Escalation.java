package org.egov.itpm.oversight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.policy.pack.EscalationKind;

/** A measure taken on an unmet order (e.g. 暂缓安排投资计划), in force until the authority lifts it. */
@Entity
@Table(name = "rectification_escalation")
public class Escalation {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "pack_id", nullable = false)
    public String packId;

    @Column(name = "measure_code", nullable = false)
    public String measureCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EscalationKind kind;

    @Column(nullable = false)
    public String article;

    @Column(nullable = false)
    public String quote;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "lifted_on")
    public LocalDate liftedOn;

    @Column(name = "lifted_by")
    public String liftedBy;

    @Column(name = "lift_reason")
    public String liftReason;

    public boolean active() {
        return liftedOn == null;
    }

    /** The measure's article and quote in the pack of the order it escalates. */
    public Citation cite() {
        return new Citation(packId, article, quote);
    }
}
