package org.egov.itpm.policy.reminder;

/**
 * What a notification is about. {@code mandatory} kinds reach every channel whatever the person chose (a missed
 * deadline must not go unnoticed: the authority supervises it, e.g. qufu-2024 art.41, wushan-2022 art.29).
 */
public enum ReminderKind {
    /** a deadline some working days ahead */
    DEADLINE_APPROACHING(false),
    /** a deadline due today */
    DEADLINE_DUE_TODAY(false),
    /** a deadline passed and still not met */
    DEADLINE_MISSED(true),
    /** the time limit of an order to rectify (限期整改) approaching or due today; its missed step is DEADLINE_MISSED */
    RECTIFICATION_ORDER_DUE(true),
    /** the weekly list of overdue items for a supervising authority */
    ESCALATION_DIGEST(true),
    /** a serious delay or major loss the project unit reported, for the supervising authority (wushan-2022 art.18) */
    UNIT_REPORT(true);

    private final boolean mandatory;

    ReminderKind(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public boolean mandatory() {
        return mandatory;
    }
}
