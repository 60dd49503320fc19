package org.egov.itpm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.policy.reminder.ReminderStep;
import org.egov.itpm.policy.reminder.Responsible;
import org.egov.itpm.policy.rules.Deadline;
import org.egov.itpm.policy.rules.DeadlineStatus;
import org.egov.itpm.policy.rules.OversightRules;
import org.junit.jupiter.api.Test;

/** A digest counts every item but lists at most DigestItems.LISTED, so a mail does not grow with the projects. */
class DigestSizeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    private static DueItem item(int n, String ruleCode, boolean overdue) {
        Deadline d = new Deadline(ruleCode, "k-" + n, null, LocalDate.of(2026, 3, 2), DeadlineStatus.MISSED, null,
                Severity.ERROR, new Citation("qufu-2024", "art.28", "十个工作日内"), Set.of());
        return new DueItem(UUID.randomUUID(), "项目" + n, "单位", "370881", d, null, Responsible.UNIT,
                new ReminderStep(0, true), -3, overdue);
    }

    private static int lines(String text, String marker) {
        return (int) Pattern.compile("^  - .*" + Pattern.quote(marker), Pattern.MULTILINE).matcher(text).results().count();
    }

    @Test
    void theWeeklyDigestCountsAllOverdueItemsAndListsTheFirst200() {
        DigestItems digest = DigestItems.weekly();
        for (int i = 0; i < 250; i++) {
            digest.add(item(i, "CONTRACT_SIGNING", true));
        }
        for (int i = 0; i < 3; i++) {
            digest.add(item(1000 + i, OversightRules.ORDER_DEADLINE, false));
        }
        Text[] texts = ReminderTexts.weeklyDigest("审核人", DAY, digest);
        assertThat(texts[0].zh()).contains("逾期事项周报（250项）");
        assertThat(texts[0].en()).contains("(250)");
        assertThat(lines(texts[1].zh(), "应于")).isEqualTo(DigestItems.LISTED);
        assertThat(texts[1].zh()).contains("另有50项未列出").contains("正在整改的限期整改事项（3项）");
        assertThat(texts[1].en()).contains("… and 50 more not listed here");
    }

    @Test
    void theWeeklyDigestListsAtMost200RunningOrdersToo() {
        DigestItems digest = DigestItems.weekly();
        digest.add(item(0, "CONTRACT_SIGNING", true));
        for (int i = 0; i < 205; i++) {
            digest.add(item(1000 + i, OversightRules.ORDER_DEADLINE, false));
        }
        Text[] texts = ReminderTexts.weeklyDigest("审核人", DAY, digest);
        assertThat(texts[1].zh()).contains("正在整改的限期整改事项（205项）").contains("另有5项未列出");
        assertThat(lines(texts[1].zh(), "整改期限")).isEqualTo(DigestItems.LISTED);
    }

    @Test
    void theDailyDigestCountsAllItemsAndListsTheFirst200() {
        DigestItems digest = DigestItems.daily();
        for (int i = 0; i < 230; i++) {
            digest.add(item(i, "CONTRACT_SIGNING", false));
        }
        Text[] texts = ReminderTexts.dailyDigest("张三", DAY, digest);
        assertThat(texts[0].zh()).contains("期限提醒（230项）");
        assertThat(lines(texts[1].zh(), "截止")).isEqualTo(DigestItems.LISTED);
        assertThat(texts[1].zh()).contains("另有30项未列出");
        assertThat(texts[1].en()).contains("… and 30 more not listed here");
    }

    @Test
    void aDigestWithinTheLimitListsEverythingAndNoMoreLine() {
        DigestItems digest = DigestItems.daily();
        for (int i = 0; i < 3; i++) {
            digest.add(item(i, "CONTRACT_SIGNING", false));
        }
        Text[] texts = ReminderTexts.dailyDigest("张三", DAY, digest);
        assertThat(lines(texts[1].zh(), "截止")).isEqualTo(3);
        assertThat(texts[1].zh()).doesNotContain("未列出");
        assertThat(texts[1].en()).doesNotContain("more not listed");
    }
}
