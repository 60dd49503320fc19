package org.egov.itpm.engagement;

import java.time.LocalDate;

/** An engagement's legal period, judged on a day in Asia/Shanghai: not started, active (inclusive ends) or ended. */
public enum EngagementPeriod {
    NOT_STARTED, ACTIVE, ENDED;

    public static EngagementPeriod on(LocalDate today, LocalDate from, LocalDate to) {
        if (from != null && today.isBefore(from)) {
            return NOT_STARTED;
        }
        return to != null && today.isAfter(to) ? ENDED : ACTIVE;
    }

    /** Whether [from, to] and [otherFrom, otherTo] share a day; a null end is open. */
    public static boolean overlap(LocalDate from, LocalDate to, LocalDate otherFrom, LocalDate otherTo) {
        return (to == null || !to.isBefore(otherFrom)) && (otherTo == null || !otherTo.isBefore(from));
    }
}
