package org.egov.itpm.evaluation;

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

/** A self-evaluation (自评价) by the unit or a third-party post-evaluation (后评价) after acceptance. */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    /** Who evaluated. */
    @org.eclipse.microprofile.graphql.Enum("EvaluationKind")
    public enum Kind { SELF, THIRD_PARTY }

    /** 优 / 良 / 中 / 差; EXCELLENT and GOOD count as a good result (绩效评价结果良好). */
    @org.eclipse.microprofile.graphql.Enum("EvaluationConclusion")
    public enum Conclusion { EXCELLENT, GOOD, FAIR, POOR }

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "on_date", nullable = false)
    public LocalDate onDate;

    @Column(precision = 5, scale = 2)
    public BigDecimal score;

    @Enumerated(EnumType.STRING)
    public Conclusion conclusion;

    /** The third-party evaluator's organisation. */
    public String evaluator;

    @Column(nullable = false)
    public String summary;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
