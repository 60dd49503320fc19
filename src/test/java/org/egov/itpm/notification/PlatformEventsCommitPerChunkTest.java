package org.egov.itpm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The platform's part of the reminder run commits per chunk (ADR 0006, "At scale"): while the run is still open, the
 * missed-deadline event is already committed and the project's row is not locked, so a user's write to that project
 * does not wait for the run. The run is held open by a digest mail row another transaction is inserting.
 */
@QuarkusTest
@TestProfile(RemindersProfile.class)
class PlatformEventsCommitPerChunkTest {

    @Inject
    ReminderRun run;
    @Inject
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aMissedDeadlinesEventIsCommittedAndItsProjectUnlockedBeforeTheRunEnds() throws Exception {
        Walk w = Walk.qufuInProcurement("曲阜市平台事件分块测试", "3000000.00");
        // dates no other test of this profile's database uses, and not a week's first working day (no weekly digest)
        TestClock.setShanghai("2026-11-23T10:00");
        // awarded 11-23 and never signed: signing due 12-04 (qufu-2024 art.28), missed from 12-07
        w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-11-23\", amount: \"1000000\"");
        TestClock.setShanghai("2026-12-08T09:00");

        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            // the run's daily digest for qufu-reviewer (one of the missed deadline's recipients) waits on this row
            try (PreparedStatement insert = blocker.prepareStatement("insert into mail_message (id, mail_key, recipient,"
                    + " kind, subject, body, status, next_attempt_at, created_at) values (?, 'daily:qufu-reviewer:2026-12-08',"
                    + " 'qufu-reviewer', 'DAILY_DIGEST', 'held', 'held', 'PENDING', now(), now())")) {
                insert.setObject(1, UUID.randomUUID());
                insert.executeUpdate();
            }
            var now = TestClock.now();
            CompletableFuture<ReminderRun.Outcome> running = CompletableFuture.supplyAsync(() -> run.run(now));

            await().atMost(Duration.ofSeconds(30)).until(() -> missedEvents(w.projectId) == 1);
            assertThat(running).as("the run waits for the held digest row").isNotDone();
            try (Connection user = dataSource.getConnection(); Statement s = user.createStatement()) {
                user.setAutoCommit(false);
                s.execute("set local lock_timeout = '2s'");
                assertThat(s.executeUpdate("update project set updated_at = updated_at where id = '" + w.projectId + "'"))
                        .as("the project's row is not locked by the run").isEqualTo(1);
                user.rollback();
            }
            blocker.rollback();
            assertThat(running.get(30, TimeUnit.SECONDS).decided()).isTrue();
        }
        assertThat(missedEvents(w.projectId)).as("one event, not repeated by the run's commit").isEqualTo(1);
        assertThat(run.run(TestClock.now()).reminders()).as("a second run the same day decides nothing new").isZero();
        assertThat(missedEvents(w.projectId)).isEqualTo(1);
    }

    private int missedEvents(String projectId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("select count(*) from"
                + " outbox_event where project_id = cast(? as uuid) and type = 'project.deadline-missed'")) {
            q.setString(1, projectId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
