package org.egov.itpm.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;

/** A seat on a review panel, held by an expert (a Keycloak user with role expert). */
@Embeddable
@Description("A seat on a review panel. Only APPOINTED and ACCEPTED seats are on the panel (see SeatState).")
public class PanelMember {
    @Column(name = "username", nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    public SeatState state = SeatState.APPOINTED;

    @Description("The draw that offered this seat (null when appointed by hand).")
    @Column(name = "draw_id")
    public UUID drawId;

    @Description("Order of the seat in its round.")
    @Column(name = "seat_no", nullable = false)
    public int seatNo;

    @Column(name = "decline_reason")
    public String declineReason;

    @Description("When the expert accepted or declined (audit).")
    @Column(name = "answered_at")
    public Instant answeredAt;

    @Description("The declined expert whose seat this reserve fills.")
    @Column(name = "replaces")
    public String replaces;

    public PanelMember() {
    }

    public PanelMember(String username, String displayName) {
        this.username = username;
        this.displayName = displayName;
    }

    /** Counted by the gates and may sign an opinion. */
    public boolean onPanel() {
        return state.onPanel();
    }

    /** The same seat for a resubmitted round. */
    PanelMember copy() {
        PanelMember m = new PanelMember(username, displayName);
        m.state = state;
        m.drawId = drawId;
        m.seatNo = seatNo;
        m.answeredAt = answeredAt;
        m.replaces = replaces;
        return m;
    }
}
