package org.egov.itpm.policy.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.calendar.HolidayFiles;
import org.egov.itpm.policy.calendar.WorkingDayCalendar;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.policy.rules.Deadline;
import org.egov.itpm.policy.rules.DeadlineStatus;
import org.junit.jupiter.api.Test;

/** Which reminder step is due on a day, in working days of the Chinese calendar (2026 国庆 with 调休). */
class ReminderPolicyTest {

    private static final WorkingDayCalendar CAL = HolidayFiles.classpathCalendar();
    private static final List<ReminderStep> DEFAULT = ReminderStep.parse("5,1,0,missed");
    private static final Citation ART_28 = new Citation("qufu-2024", "art.28", "10个工作日内签订正式采购合同");

    private static Deadline due(String due, String metOn) {
        return new Deadline("CONTRACT_SIGNING", "c1", null, LocalDate.parse(due), DeadlineStatus.DUE,
                metOn == null ? null : LocalDate.parse(metOn), Severity.ERROR, ART_28, Set.of());
    }

    private static String step(Deadline d, String today) {
        return ReminderPolicy.dueToday(d, DEFAULT, CAL, LocalDate.parse(today)).map(ReminderStep::code).orElse("-");
    }

    @Test
    void stepsCountWorkingDaysBackAcrossTheNationalDayHolidays() {
        Deadline d = due("2026-10-09", null); // 10-01..10-07 off
        assertThat(ReminderPolicy.dayOf(new ReminderStep(1, false), d.due(), CAL)).isEqualTo("2026-10-08");
        assertThat(ReminderPolicy.dayOf(new ReminderStep(5, false), d.due(), CAL)).isEqualTo("2026-09-24");
        assertThat(step(d, "2026-09-23")).isEqualTo("-");
        assertThat(step(d, "2026-09-24")).isEqualTo("D-5");
        assertThat(step(d, "2026-09-30")).isEqualTo("D-5");
        assertThat(step(d, "2026-10-08")).isEqualTo("D-1");
        assertThat(step(d, "2026-10-09")).isEqualTo("D-0");
        assertThat(step(d, "2026-10-10")).as("调休 Saturday is a working day").isEqualTo("MISSED");
    }

    @Test
    void nothingOnADayOffAndNothingForAMetDeadlineEvenMetLate() {
        assertThat(step(due("2026-10-09", null), "2026-10-03")).as("国庆").isEqualTo("-");
        assertThat(step(due("2026-10-09", null), "2026-10-11")).as("Sunday").isEqualTo("-");
        assertThat(step(due("2026-10-09", "2026-10-08"), "2026-10-09")).isEqualTo("-");
        assertThat(step(due("2026-10-09", "2026-10-12"), "2026-10-13")).isEqualTo("-");
    }

    @Test
    void aDueDayOnAHolidayIsRemindedOnTheLastWorkingDayBeforeIt() {
        assertThat(ReminderPolicy.dayOf(new ReminderStep(0, false), LocalDate.parse("2026-10-03"), CAL))
                .isEqualTo("2026-09-30");
        assertThat(step(due("2026-10-03", null), "2026-09-30")).isEqualTo("D-0");
        assertThat(step(due("2026-10-03", null), "2026-10-08")).isEqualTo("MISSED");
    }

    @Test
    void schedulesParseSortAndRefuseNonsense() {
        assertThat(ReminderStep.parse("missed, 0, 10, 1, 1").stream().map(ReminderStep::code))
                .containsExactly("D-10", "D-1", "D-0", "MISSED");
        assertThat(ReminderStep.parse("3,0").stream().anyMatch(ReminderStep::missed)).isFalse();
        assertThatThrownBy(() -> ReminderStep.parse("5,soon")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderStep.parse("-2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyMissedRemindersAndEscalationDigestsAreMandatory() {
        assertThat(ReminderKind.DEADLINE_MISSED.mandatory()).isTrue();
        assertThat(ReminderKind.ESCALATION_DIGEST.mandatory()).isTrue();
        assertThat(ReminderKind.DEADLINE_APPROACHING.mandatory()).isFalse();
        assertThat(ReminderKind.DEADLINE_DUE_TODAY.mandatory()).isFalse();
        assertThat(new ReminderStep(1, false).kind()).isEqualTo(ReminderKind.DEADLINE_APPROACHING);
        assertThat(new ReminderStep(0, false).kind()).isEqualTo(ReminderKind.DEADLINE_DUE_TODAY);
    }
}
