package org.egov.itpm.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An expert's declaration of a conflict of interest (利益冲突) with a project: never drawn for its panels again. */
@Entity
@Table(name = "expert_conflict")
public class ExpertConflict {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String expert;

    @Column(nullable = false)
    public String reason;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;
}
