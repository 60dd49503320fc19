package org.egov.itpm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.policy.reminder.ReminderKind;
import org.egov.itpm.policy.reminder.ReminderStep;
import org.egov.itpm.policy.reminder.Responsible;
import org.egov.itpm.policy.rules.Deadline;
import org.egov.itpm.policy.rules.DeadlineStatus;
import org.egov.itpm.policy.rules.OversightRules;
import org.junit.jupiter.api.Test;

/** Issue #18: an order to rectify is reminded at every step, and no person can turn those reminders off. */
class RectificationOrderRemindersTest {

    private static DueItem item(String ruleCode, ReminderStep step) {
        Deadline d = new Deadline(ruleCode, "order-1", null, LocalDate.of(2026, 3, 20), DeadlineStatus.DUE, null,
                Severity.ERROR, new Citation("qufu-2024", "art.41", "限期整改"), Set.of());
        return new DueItem(UUID.randomUUID(), "项目", "单位", "370881", d, null, Responsible.UNIT, step, 1, false);
    }

    @Test
    void anOrdersApproachingAndDueDayStepsAreMandatory() {
        for (ReminderStep step : new ReminderStep[] {new ReminderStep(5, false), new ReminderStep(0, false)}) {
            DueItem order = item(OversightRules.ORDER_DEADLINE, step);
            assertThat(order.kind()).isEqualTo(ReminderKind.RECTIFICATION_ORDER_DUE);
            assertThat(order.kind().mandatory()).isTrue();
            assertThat(ReminderTexts.duty(order).zh()).isEqualTo("完成限期整改");
        }
        assertThat(item(OversightRules.ORDER_DEADLINE, new ReminderStep(0, true)).kind())
                .isEqualTo(ReminderKind.DEADLINE_MISSED);
    }

    @Test
    void theWeeklyDigestListsRunningOrdersBesideOverdueItems() {
        DueItem running = item(OversightRules.ORDER_DEADLINE, null);
        Deadline late = new Deadline("CONTRACT_SIGNING", "c-1", null, LocalDate.of(2026, 3, 2), DeadlineStatus.MISSED,
                null, Severity.ERROR, new Citation("qufu-2024", "art.28", "十个工作日内"), Set.of());
        DueItem overdue = new DueItem(UUID.randomUUID(), "逾期项目", "单位", "370881", late, null, Responsible.UNIT, null,
                -3, true);
        assertThat(running.openOrder()).isTrue();
        assertThat(overdue.openOrder()).isFalse();
        var texts = ReminderTexts.weeklyDigest("审核人", LocalDate.of(2026, 3, 9),
                DigestItems.weekly().addAll(java.util.List.of(overdue, running)));
        assertThat(texts[0].zh()).contains("逾期事项周报（1项）");
        assertThat(texts[1].zh()).contains("正在整改的限期整改事项（1项）").contains("整改期限 2026-03-20（qufu-2024 art.41）")
                .contains("逾期项目");
        assertThat(texts[1].en()).contains("Orders to rectify still running (1)");
    }

    @Test
    void otherDeadlinesKeepTheirOptionalKinds() {
        DueItem contract = item("CONTRACT_SIGNING", new ReminderStep(5, false));
        assertThat(contract.kind()).isEqualTo(ReminderKind.DEADLINE_APPROACHING);
        assertThat(contract.kind().mandatory()).isFalse();
    }
}
