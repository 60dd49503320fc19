package org.egov.itpm.policy.reminder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One point of a reminder schedule: {@code workingDaysBefore} the due day (0 = on the day), or {@code missed}
 * (the first working day after an unmet due day). Written as "5", "1", "0" and "missed" in configuration.
 */
public record ReminderStep(int workingDaysBefore, boolean missed) {

    public static final ReminderStep MISSED = new ReminderStep(0, true);

    public ReminderStep {
        if (workingDaysBefore < 0) {
            throw new IllegalArgumentException("working days before must not be negative: " + workingDaysBefore);
        }
    }

    /** "D-5", "D0" or "MISSED": part of the stored reminder key, so never change the spelling. */
    public String code() {
        return missed ? "MISSED" : "D-" + workingDaysBefore;
    }

    public ReminderKind kind() {
        if (missed) {
            return ReminderKind.DEADLINE_MISSED;
        }
        return workingDaysBefore == 0 ? ReminderKind.DEADLINE_DUE_TODAY : ReminderKind.DEADLINE_APPROACHING;
    }

    /** Parses "5,1,0,missed" into steps, earliest first; blank items are ignored, duplicates dropped. */
    public static List<ReminderStep> parse(String list) {
        List<ReminderStep> steps = new ArrayList<>();
        for (String item : list.split(",")) {
            String s = item.trim();
            if (s.isEmpty()) {
                continue;
            }
            ReminderStep step;
            if (s.equalsIgnoreCase("missed")) {
                step = MISSED;
            } else {
                try {
                    step = new ReminderStep(Integer.parseInt(s), false);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("reminder offset must be a number of working days or"
                            + " 'missed', got '" + s + "'");
                }
            }
            if (!steps.contains(step)) {
                steps.add(step);
            }
        }
        steps.sort(Comparator.comparing(ReminderStep::missed).thenComparing(ReminderStep::workingDaysBefore,
                Comparator.reverseOrder()));
        return List.copyOf(steps);
    }
}
