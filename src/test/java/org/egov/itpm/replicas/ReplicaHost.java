package org.egov.itpm.replicas;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.egov.itpm.compliance.DailyScan;
import org.egov.itpm.notification.ReminderRun;
import org.egov.itpm.platform.exchange.outbox.Deliverer;
import org.egov.itpm.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The second replica: the whole application booted as in any @QuarkusTest, in a JVM of its own that
 * {@link SecondReplica} starts, on the first JVM's database. It reports its port, then obeys commands on stdin
 * (set its clock, run the daily scan or deliver webhooks from an agreed instant) until stdin closes. Not a test of its own: its name
 * is outside the surefire patterns and it only runs with -Dreplica-test.host=true.
 */
@QuarkusTest
@TestProfile(ReplicaProfile.class)
@EnabledIfSystemProperty(named = "replica-test.host", matches = "true")
class ReplicaHost {

    static final String REPLY = "REPLICA> ";

    @TestHTTPResource("/")
    URI root;
    @Inject
    DailyScan scan;
    @Inject
    Deliverer deliverer;
    @Inject
    ReminderRun reminders;

    @Test
    void serveUntilStdinCloses() throws Exception {
        reply("READY " + root.getPort());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null && !line.equals("quit")) {
            String[] cmd = line.split(" ", 2);
            switch (cmd[0]) {
                case "clock" -> {
                    TestClock.setShanghai(cmd[1]);
                    reply("OK");
                }
                case "clock-reset" -> {
                    TestClock.reset();
                    reply("OK");
                }
                case "scan-at" -> {
                    untilAgreedInstant(Long.parseLong(cmd[1]));
                    reply("SCAN " + (scan.runDaily().isPresent() ? "ran" : "skipped"));
                }
                case "remind-at" -> {
                    untilAgreedInstant(Long.parseLong(cmd[1]));
                    var outcome = reminders.run(TestClock.now());
                    reply("REMIND " + outcome.decided() + " " + outcome.reminders());
                }
                case "deliver-at" -> {
                    untilAgreedInstant(Long.parseLong(cmd[1]));
                    reply("DELIVERED " + deliverUntilIdle(deliverer));
                }
                default -> reply("UNKNOWN " + line);
            }
        }
    }

    /**
     * Waits for the wall-clock instant both replicas agreed on, so that they act together. Real time on purpose:
     * two JVMs share no memory to meet in, only the clock (the second learns the instant over stdin beforehand).
     */
    static void untilAgreedInstant(long epochMillis) throws InterruptedException {
        Thread.sleep(Math.max(0, epochMillis - System.currentTimeMillis()));
    }

    /** Delivers round after round until three rounds in a row find nothing due (what the schedule would do). */
    static int deliverUntilIdle(Deliverer deliverer) throws InterruptedException {
        int total = 0;
        for (int idle = 0; idle < 3; ) {
            int n = deliverer.deliverDue();
            total += n;
            if (n == 0) {
                idle++;
                Thread.sleep(200); // real time on purpose: the schedule's pause between rounds, not a wait for a state
            } else {
                idle = 0;
            }
        }
        return total;
    }

    private static void reply(String text) {
        System.out.println(REPLY + text);
        System.out.flush();
    }
}
