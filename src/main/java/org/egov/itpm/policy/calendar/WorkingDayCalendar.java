package org.egov.itpm.policy.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Chinese working days: weekends and statutory holidays are off, 调休 make-up weekends are worked.
 * A year without data falls back to weekends only; such years are reported so callers can warn.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, Boolean> offDayOverrides = new HashMap<>();
    private final Set<Integer> coveredYears = new HashSet<>();

    public WorkingDayCalendar(Collection<HolidayYear> years) {
        for (HolidayYear year : years) {
            coveredYears.add(year.year());
            offDayOverrides.putAll(year.days());
        }
    }

    public boolean coversYear(int year) {
        return coveredYears.contains(year);
    }

    public SortedSet<Integer> coveredYears() {
        return new TreeSet<>(coveredYears);
    }

    /** Years between the two dates (inclusive) that have no holiday data. */
    public SortedSet<Integer> missingYears(LocalDate from, LocalDate to) {
        SortedSet<Integer> missing = new TreeSet<>();
        LocalDate start = from.isAfter(to) ? to : from;
        LocalDate end = from.isAfter(to) ? from : to;
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            if (!coversYear(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    public boolean isWorkingDay(LocalDate date) {
        Boolean offDay = offDayOverrides.get(date);
        if (offDay != null) {
            return !offDay;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code date} (the date itself never counts). */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
