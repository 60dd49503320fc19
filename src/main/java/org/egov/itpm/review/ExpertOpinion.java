package org.egov.itpm.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An expert's signed opinion in one review round; one per expert per round, never edited. */
@Entity
@Table(name = "expert_opinion")
public class ExpertOpinion {

    @Id
    public UUID id;

    @Column(name = "review_id", nullable = false)
    public UUID reviewId;

    @Column(nullable = false)
    public String expert;

    @Column(name = "expert_name", nullable = false)
    public String expertName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OpinionConclusion conclusion;

    @Column(nullable = false)
    public String text;

    /** When the opinion was entered: audit data only. */
    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    /** The legal date of the signature, as on the signed opinion. */
    @Column(name = "signed_on")
    public LocalDate signedOn;
}
