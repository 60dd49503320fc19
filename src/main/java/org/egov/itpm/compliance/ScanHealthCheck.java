package org.egov.itpm.compliance;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** The daily scan's last run and counts, in /q/health and /q/health/well (not readiness: it never blocks traffic). */
@Wellness
@ApplicationScoped
public class ScanHealthCheck implements HealthCheck {

    @Inject
    DailyScan scan;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("daily-scan").up();
        scan.lastRun().ifPresentOrElse(r -> builder.withData("lastRunStartedAt", r.startedAt.toString())
                        .withData("lastRunFinishedAt", String.valueOf(r.finishedAt)).withData("projects", r.projects)
                        .withData("raised", r.raised).withData("resolved", r.resolved).withData("status", r.status),
                () -> builder.withData("lastRun", "never"));
        return builder.build();
    }
}
