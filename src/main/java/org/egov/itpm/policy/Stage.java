package org.egov.itpm.policy;

/** Canonical lifecycle stages and side states (DOMAIN.md "The lifecycle"). */
public enum Stage {
    DRAFT, LIBRARY, APPLIED, IN_REVIEW, APPROVED, FUNDED, PROCUREMENT, CONSTRUCTION, TRIAL_RUN,
    PRELIMINARY_ACCEPTANCE, FINAL_ACCEPTANCE, OPERATION, DECOMMISSIONED,
    REJECTED, WITHDRAWN, SUSPENDED, TERMINATED;

    /** True for the main line of the lifecycle, false for side states. */
    public boolean isCanonical() {
        return ordinal() <= DECOMMISSIONED.ordinal();
    }

    /** The next canonical stage, or null at the end of the line or for a side state. */
    public Stage next() {
        return isCanonical() && this != DECOMMISSIONED ? values()[ordinal() + 1] : null;
    }

    /** Side states from which nothing moves on (except an administrator's correction). */
    public boolean isClosed() {
        return this == REJECTED || this == WITHDRAWN || this == TERMINATED || this == DECOMMISSIONED;
    }
}
