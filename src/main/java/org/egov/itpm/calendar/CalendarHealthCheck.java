package org.egov.itpm.calendar;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The holiday years in /q/health and /q/health/well: always UP (a missing year makes deadlines provisional, it does
 * not stop the service, so never readiness), with a {@code warning} from 1 October while next year is missing.
 */
@Wellness
@ApplicationScoped
public class CalendarHealthCheck implements HealthCheck {

    @Inject
    HolidayCalendar calendar;

    @Override
    public HealthCheckResponse call() {
        CalendarStatus status = calendar.status();
        var builder = HealthCheckResponse.named("holiday-calendar").up()
                .withData("years", status.years().stream().map(y -> String.valueOf(y.year())).reduce((a, b) -> a + ","
                        + b).orElse(""))
                .withData("nextYear", status.nextYear()).withData("nextYearCovered", status.nextYearCovered());
        if (status.warningEn() != null) {
            builder.withData("nextYearMissingSince", status.nextYearMissingSince().toString())
                    .withData("warning", status.warningEn());
        }
        return builder.build();
    }
}
