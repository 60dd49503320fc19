package org.egov.itpm.review;

import org.eclipse.microprofile.graphql.Description;

/** A panel seat's state. On the panel (counted by the gates, may sign an opinion): APPOINTED or ACCEPTED. */
@Description("A panel seat's state. On the panel (counted by the expert-step gates, may sign): APPOINTED (typed in"
        + " by the authority with a named reason) or ACCEPTED (drawn and accepted). INVITED: drawn, not answered yet;"
        + " DECLINED: drawn and declined with a reason (filled from the reserves).")
public enum SeatState {
    APPOINTED, INVITED, ACCEPTED, DECLINED;

    public boolean onPanel() {
        return this == APPOINTED || this == ACCEPTED;
    }
}
