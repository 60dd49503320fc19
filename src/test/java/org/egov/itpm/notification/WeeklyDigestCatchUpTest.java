package org.egov.itpm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The week's escalation digest comes on the first working day of the week, or on the next day the service runs when
 * it missed that day. Its own week (2026-W51, 12-14 to 12-20): the reminder tests share a database and runs of other
 * days of a week change which day is the week's first run.
 */
@QuarkusTest
@TestProfile(RemindersProfile.class)
class WeeklyDigestCatchUpTest {

    @Inject
    ReminderRun run;
    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aWeekWhoseFirstWorkingDayHadNoRunGetsItsDigestOnTheNextRun() {
        Walk w = Walk.qufuInProcurement("曲阜市周报补发测试", "3000000.00");
        TestClock.setShanghai("2026-11-25T10:00");
        // awarded 11-25 and never signed: the signing deadline (10 working days) is missed before the week
        w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-11-25\", amount: \"1000000\"");

        // Monday 12-14: the service is down all day, no run. Tuesday 12-15: the first run of the week.
        TestClock.setShanghai("2026-12-15T09:00");
        assertThat(run.run(TestClock.now()).decided()).isTrue();
        assertThat(weeklyKeys()).as("the week's digests, caught up on Tuesday")
                .contains("weekly:qufu-approver:2026-W51", "weekly:qufu-reviewer:2026-W51");
        List<String> tuesday = weeklyKeys();

        TestClock.setShanghai("2026-12-16T09:00");
        run.run(TestClock.now());
        assertThat(weeklyKeys()).as("still one digest a week").isEqualTo(tuesday);
        assertThat(((Number) em.createNativeQuery("select count(*) from notification where kind = 'ESCALATION_DIGEST'"
                + " and recipient = 'qufu-approver' and created_at >= cast('2026-12-14' as date)").getSingleResult())
                .intValue()).isEqualTo(1);
    }

    private List<String> weeklyKeys() {
        return em.createNativeQuery("select mail_key from mail_message where mail_key like 'weekly:%:2026-W51'"
                + " order by mail_key", String.class).getResultList();
    }
}
