package org.egov.itpm.compliance;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Prometheus gauges of the daily scan's last run (itpm_scan_*). */
@ApplicationScoped
public class ScanMetrics {

    @Inject
    DailyScan scan;

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("itpm_scan_last_run_projects", () -> scan.lastRun().map(r -> r.projects).orElse(0))
                .description("Projects evaluated by the last daily scan").register(registry);
        Gauge.builder("itpm_scan_last_run_raised", () -> scan.lastRun().map(r -> r.raised).orElse(0))
                .description("Findings raised by the last daily scan").register(registry);
        Gauge.builder("itpm_scan_last_run_epoch_seconds",
                        () -> scan.lastRun().map(r -> r.startedAt.getEpochSecond()).orElse(0L))
                .description("Start of the last daily scan").register(registry);
    }
}
