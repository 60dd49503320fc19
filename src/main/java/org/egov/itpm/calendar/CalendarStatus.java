package org.egov.itpm.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/**
 * Which holiday years the working-day calendar covers, and whether next year is missing although it is already
 * due: the State Council publishes the schedule late in the year before, so from 1 October (Asia/Shanghai) a missing
 * next year is a warning; deadlines running into it are provisional until an administrator uploads it.
 */
@Description("The working-day calendar's holiday years and whether next year's schedule is still missing.")
public record CalendarStatus(List<HolidayYearInfo> years, int nextYear, boolean nextYearCovered,
                             @Description("1 October of this year when next year is still missing from then on;"
                                     + " null otherwise.") LocalDate nextYearMissingSince,
                             @Description("Set from 1 October while next year is missing.") String warningEn,
                             String warningZh) {

    /** From this day a missing next year is reported. */
    static final MonthDay WARN_FROM = MonthDay.of(10, 1);

    static CalendarStatus of(List<HolidayYearInfo> years, LocalDate today) {
        int next = today.getYear() + 1;
        boolean covered = years.stream().anyMatch(y -> y.year() == next);
        LocalDate warnFrom = WARN_FROM.atYear(today.getYear());
        if (covered || today.isBefore(warnFrom)) {
            return new CalendarStatus(years, next, covered, null, null, null);
        }
        return new CalendarStatus(years, next, false, warnFrom, "No holiday data for " + next + " yet: working-day"
                + " deadlines running into " + next + " are provisional (weekends only); upload the State Council's"
                + " schedule with uploadHolidayYear as soon as it is published",
                next + "年节假日安排尚未录入：跨入" + next + "年的工作日期限暂按周末计算（临时）；国务院办公厅通知发布后请即通过"
                        + " uploadHolidayYear 录入");
    }
}
