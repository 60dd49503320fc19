package org.egov.itpm.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now": rules and tests never read the system time directly. */
@ApplicationScoped
public class ClockProducer {

    /** Dates and deadlines are computed in this zone; instants are stored in UTC. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    protected Clock clock() {
        return Clock.systemUTC();
    }
}
