package org.egov.itpm.policy.calendar;

import java.time.LocalDate;
import java.util.Map;

/** One year of the State Council's holiday notice: date to isOffDay (true: holiday, false: make-up working day). */
public record HolidayYear(int year, Map<LocalDate, Boolean> days) {

    public HolidayYear {
        days = Map.copyOf(days);
    }
}
