package org.egov.itpm.testsupport;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.egov.itpm.common.ClockProducer;

/** A settable clock replacing the system clock in every @QuarkusTest, so no test depends on today. */
@Mock
@ApplicationScoped
public class TestClock extends ClockProducer {

    public static final Instant DEFAULT = LocalDateTime.parse("2026-03-02T09:00:00").atZone(CHINA).toInstant();

    private static final MutableClock CLOCK = new MutableClock(DEFAULT);

    @Override
    @jakarta.enterprise.inject.Produces
    @ApplicationScoped
    protected Clock clock() {
        return CLOCK;
    }

    /** Set "now" as a Shanghai local date-time, e.g. "2026-09-28T10:00". */
    public static void setShanghai(String localDateTime) {
        CLOCK.instant = LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant();
    }

    /** The instant the tests set. */
    public static Instant now() {
        return CLOCK.instant;
    }

    public static void reset() {
        CLOCK.instant = DEFAULT;
    }

    /** A clock whose instant the tests move. */
    static final class MutableClock extends Clock {
        volatile Instant instant;

        MutableClock(Instant instant) {
            this.instant = instant;
        }

        @Override
        public ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant, zone);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
