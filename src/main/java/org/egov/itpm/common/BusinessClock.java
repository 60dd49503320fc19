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

    /**
     * The legal date of an act entered as {@code entered} in field {@code field}: today when not given, never in the
     * future ({@code DATE_IN_FUTURE}).
     */
    public LocalDate actDate(LocalDate entered, String field) {
        LocalDate today = today();
        if (entered == null) {
            return today;
        }
        if (entered.isAfter(today)) {
            throw InvalidInputException.of(field, "DATE_IN_FUTURE", "must not be in the future (today is " + today
                    + ")", "不得晚于今天（" + today + "）");
        }
        return entered;
    }
}
