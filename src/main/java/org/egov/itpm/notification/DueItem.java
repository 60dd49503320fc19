package org.egov.itpm.notification;

import java.util.UUID;
import org.egov.itpm.policy.pack.DeadlineType;
import org.egov.itpm.policy.reminder.ReminderKind;
import org.egov.itpm.policy.reminder.ReminderStep;
import org.egov.itpm.policy.rules.OversightRules;
import org.egov.itpm.policy.reminder.Responsible;
import org.egov.itpm.policy.rules.Deadline;

/**
 * One deadline of one project as the reminder run sees it today: {@code step} is the reminder due today (null when
 * none), {@code overdue} whether it is past and still unmet (for the escalation digest).
 */
record DueItem(UUID projectId, String projectName, String unitName, String regionCode, Deadline deadline,
               DeadlineType type, Responsible responsible, ReminderStep step, int workingDaysLeft, boolean overdue) {

    /** An order to rectify (限期整改) is reminded at every step as a mandatory kind: it cannot be turned off. */
    boolean rectificationOrder() {
        return OversightRules.ORDER_DEADLINE.equals(deadline.ruleCode());
    }

    /** An order to rectify still running (not yet reported, not yet overdue): the weekly digest lists it too. */
    boolean openOrder() {
        return rectificationOrder() && deadline.metOn() == null && !overdue;
    }

    ReminderKind kind() {
        return rectificationOrder() && !step.missed() ? ReminderKind.RECTIFICATION_ORDER_DUE : step.kind();
    }

    /** Stored key of a reminder of this item to {@code recipient}: project, deadline, step and person. */
    String reminderKey(String recipient) {
        return projectId + ":" + deadline.key() + ":" + step.code() + ":" + recipient;
    }
}
