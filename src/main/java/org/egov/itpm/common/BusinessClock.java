package org.egov.itpm.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * "Now" and "today" for the business: instants for audit data, the date in Asia/Shanghai for rules. The one place
 * services ask; rules receive the date as an argument and never read a clock.
 */
@ApplicationScoped
public class BusinessClock {

    private final Clock clock;

    @Inject
    public BusinessClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.CHINA));
    }
}
