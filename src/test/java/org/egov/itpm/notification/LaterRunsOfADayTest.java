package org.egov.itpm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reminder run ticks every quarter hour of a working day; only the day's first run walks every open project, a
 * later one the projects changed since the last run started (ADR 0006). Its own week (2026-W52): the reminder
 * tests share a database, and the runs and project writes of later dates would change what is walked here.
 */
@QuarkusTest
@TestProfile(RemindersProfile.class)
class LaterRunsOfADayTest {

    @Inject
    ReminderRun run;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aLaterRunOfTheDayWalksOnlyTheProjectsChangedSinceTheLastOne() {
        TestClock.setShanghai("2026-12-21T08:00");
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "曲阜市当日后续提醒", "100.00",
                "CONSTRUCTION", "FISCAL");

        TestClock.setShanghai("2026-12-22T09:00");
        ReminderRun.Outcome first = run.run(TestClock.now());
        assertThat(first.decided()).isTrue();
        assertThat(first.projectsWalked()).as("the week's and the day's first run: every open project").isPositive();

        TestClock.setShanghai("2026-12-22T09:15");
        assertThat(run.run(TestClock.now()).projectsWalked()).as("nothing changed since 09:00").isZero();

        TestClock.setShanghai("2026-12-22T09:20");
        GraphQL.postAs(TestTokens.QUFU_STAFF, "mutation($id: ID!) { updateProject(id: $id, input: {description:"
                + " \"改了\"}) { id } }", Map.of("id", w.projectId)).statusCode(200);
        TestClock.setShanghai("2026-12-22T09:30");
        assertThat(run.run(TestClock.now()).projectsWalked()).as("the one project changed at 09:20").isEqualTo(1);

        TestClock.setShanghai("2026-12-23T09:00");
        assertThat(run.run(TestClock.now()).projectsWalked()).as("the next day's first run: every open project again")
                .isEqualTo(first.projectsWalked());
    }
}
