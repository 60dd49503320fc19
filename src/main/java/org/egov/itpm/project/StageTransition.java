package org.egov.itpm.project;

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
import org.egov.itpm.policy.Stage;

/**
 * One step in a project's append-only stage history. {@code effectiveOn} is the legal date of the act (the 批复, the
 * 开工, the 验收 conclusion) that rules count from; {@code at} is when it was recorded here, audit data only.
 */
@Entity
@Table(name = "stage_transition")
public class StageTransition {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    public Stage toStage;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    public String reason;

    @ElementCollection
    @CollectionTable(name = "stage_transition_document", joinColumns = @JoinColumn(name = "transition_id"))
    @Column(name = "document_id")
    public Set<UUID> documentIds = new LinkedHashSet<>();
}
