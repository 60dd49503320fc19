package org.egov.itpm.policy.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = HolidayFiles.classpathCalendar();

    @ParameterizedTest(name = "{0} working={1}")
    @CsvSource({
            "2025-10-01, false",   // National Day
            "2025-10-08, false",   // last day of the 2025 National Day / Mid-Autumn break
            "2025-09-28, true",    // Sunday make-up day (调休)
            "2025-10-11, true",    // Saturday make-up day
            "2025-10-12, false",   // ordinary Sunday
            "2025-10-09, true",    // ordinary Thursday
            "2026-02-14, true",    // Saturday make-up day before Spring Festival 2026
            "2026-02-16, false",   // Spring Festival Monday
            "2024-02-04, true"})   // Sunday make-up day 2024
    void shouldKnowStatutoryHolidaysAndMakeUpDays(LocalDate date, boolean working) {
        assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2025-09-26, 10, 2025-10-16",  // skips 1-8 Oct, counts Sun 28 Sep and Sat 11 Oct
            "2025-09-26,  1, 2025-09-28",  // the next working day is the make-up Sunday
            "2026-09-25, 10, 2026-10-15",  // Mid-Autumn 25-27 Sep, National Day 1-7 Oct 2026, Sat 10 Oct worked
            "2025-03-03,  5, 2025-03-10",  // an ordinary week
            "2025-03-07,  0, 2025-03-07"})
    void shouldAddWorkingDaysAfterTheDate(LocalDate from, int days, LocalDate expected) {
        assertThat(CALENDAR.addWorkingDays(from, days)).isEqualTo(expected);
    }

    @Test
    void shouldCountWorkingDaysBetweenBothWays() {
        LocalDate from = LocalDate.of(2025, 9, 26);
        LocalDate to = LocalDate.of(2025, 10, 16);

        assertThat(CALENDAR.workingDaysBetween(from, to)).isEqualTo(10);
        assertThat(CALENDAR.workingDaysBetween(to, from)).isEqualTo(-10);
        assertThat(CALENDAR.workingDaysBetween(from, from)).isZero();
    }

    @Test
    void shouldFallBackToWeekendsAndReportAYearWithoutData() {
        LocalDate newYear2027 = LocalDate.of(2027, 1, 1);

        assertThat(CALENDAR.coversYear(2027)).isFalse();
        assertThat(CALENDAR.isWorkingDay(newYear2027)).isTrue(); // a Friday: no holiday data, so treated as worked
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 12, 31), 2)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(CALENDAR.missingYears(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4))).containsExactly(2027);
        assertThat(CALENDAR.missingYears(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
    }
}
