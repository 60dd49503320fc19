package org.egov.itpm.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Re-reads the expert pool from Keycloak on a schedule (ITPM_DIRECTORY_REFRESH_EVERY), so draws find it fresh. */
@ApplicationScoped
public class ExpertPoolRefresh {

    @Inject
    ExpertDirectory directory;

    @Scheduled(identity = "expert-pool-refresh", every = "{itpm.directory.refresh-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        directory.refresh();
    }
}
