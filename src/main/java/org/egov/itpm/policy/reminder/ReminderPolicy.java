package org.egov.itpm.policy.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.egov.itpm.policy.calendar.WorkingDayCalendar;
import org.egov.itpm.policy.pack.DeadlineType;
import org.egov.itpm.policy.rules.Deadline;

/**
 * Which reminder a deadline calls for today. Reminders go out on working days only; the step whose day has been
 * reached most recently is the one due, so a day the service was down is caught up the next working day with
 * that step (the stored reminder key then keeps it once). Met deadlines, even met late, call for none.
 */
public final class ReminderPolicy {

    private ReminderPolicy() {
    }

    /** Who must act on a deadline of this type (docs/adr/0006 has the table with the articles). */
    public static Responsible responsibleFor(DeadlineType type) {
        return switch (type) {
            case CONTRACT_SIGNING, CONTRACT_FILING, CONSTRUCTION_START, ACCEPTANCE_APPLICATION, ACCEPTANCE_EXTENSION,
                 RECTIFICATION, DEMAND_WINDOW, LIBRARY_VALIDITY, PERFORMANCE_REPORT_YEARLY, SELF_EVALUATION_WINDOW,
                 SELF_EVALUATION_YEARLY -> Responsible.UNIT;
            case OM_BUDGET_PROPOSAL -> Responsible.AUTHORITY;
        };
    }

    /** The step due today for this deadline, if any; {@code steps} as from {@link ReminderStep#parse}. */
    public static Optional<ReminderStep> dueToday(Deadline deadline, List<ReminderStep> steps, WorkingDayCalendar cal,
                                                  LocalDate today) {
        if (deadline.metOn() != null || !cal.isWorkingDay(today)) {
            return Optional.empty();
        }
        if (today.isAfter(deadline.due())) {
            return steps.stream().filter(ReminderStep::missed).findFirst();
        }
        ReminderStep reached = null;
        for (ReminderStep step : steps) {
            if (!step.missed() && !dayOf(step, deadline.due(), cal).isAfter(today)) {
                reached = step; // steps run earliest first: the last one reached wins
            }
        }
        return Optional.ofNullable(reached);
    }

    /** The working day a step falls on: {@code n} working days before the due day, or the due day's own working day. */
    public static LocalDate dayOf(ReminderStep step, LocalDate due, WorkingDayCalendar cal) {
        LocalDate day = due;
        while (!cal.isWorkingDay(day)) {
            day = day.minusDays(1); // a due day on a holiday: "on the day" is the last working day before it
        }
        int counted = 0;
        while (counted < step.workingDaysBefore()) {
            day = day.minusDays(1);
            if (cal.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days left until the due day (0 on the day). */
    public static int workingDaysLeft(LocalDate today, LocalDate due, WorkingDayCalendar cal) {
        return Math.max(0, cal.workingDaysBetween(today, due));
    }
}
