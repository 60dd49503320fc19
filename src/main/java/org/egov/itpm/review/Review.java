package org.egov.itpm.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.egov.itpm.policy.ReviewType;

/**
 * One round of a review (评审/论证) of a project, or of one of its change requests (CHANGE_REVIEW). A rejected
 * round is followed by a new round, never edited.
 */
@Entity
@Table(name = "review")
public class Review {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewType type;

    @Column(nullable = false)
    public int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "concluded_by")
    public String concludedBy;

    /** When the conclusion was entered: audit data only. */
    @Column(name = "concluded_at")
    public Instant concludedAt;

    /** The legal date of the conclusion (the review meeting's); the rules count from it. */
    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    public String conclusion;

    @Column(name = "previous_review_id")
    public UUID previousReviewId;

    /** The change request a CHANGE_REVIEW round is about (null for every other type). */
    @Column(name = "change_request_id")
    public UUID changeRequestId;

    /** Every seat of the round, declined and invited ones included; {@link #seated()} is the panel. */
    @ElementCollection
    @CollectionTable(name = "review_panel_member", joinColumns = @JoinColumn(name = "review_id"))
    public List<PanelMember> panel = new ArrayList<>();

    /** The panel was typed in by the authority (openReview's panel) rather than drawn. */
    @Column(name = "manually_appointed", nullable = false)
    public boolean manuallyAppointed;

    @Column(name = "appointment_reason")
    public String appointmentReason;

    @Column(name = "appointed_by")
    public String appointedBy;

    @Version
    public long version;

    /** The seats on the panel (APPOINTED or ACCEPTED), in seat order. */
    public List<PanelMember> seated() {
        return panel.stream().filter(PanelMember::onPanel).sorted(java.util.Comparator.comparingInt(m -> m.seatNo))
                .toList();
    }

    /** The seats that engage an expert on the project (issue #15): every seat but a DECLINED one. */
    public List<PanelMember> engagingSeats() {
        return panel.stream().filter(m -> m.state != SeatState.DECLINED).toList();
    }

    public boolean isOpen() {
        return status == ReviewStatus.OPEN;
    }
}
