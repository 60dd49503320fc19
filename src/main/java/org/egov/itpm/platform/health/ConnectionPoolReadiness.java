package org.egov.itpm.platform.health;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSourceMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness is DOWN while the connection pool cannot serve: every connection is checked out, none can be opened, and
 * requests are queuing for one. The datasource's own check only proves that one connection can be had eventually
 * (it waits up to the acquisition timeout), so an instance whose pool had leaked all but two connections stayed
 * ready while half its requests timed out (issue #14). The data shows the pool's counts for operators.
 */
@Readiness
@ApplicationScoped
public class ConnectionPoolReadiness implements HealthCheck {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int maxSize;

    @Override
    public HealthCheckResponse call() {
        AgroalDataSourceMetrics m = dataSource.getMetrics();
        long creatable = Math.max(0, maxSize - m.activeCount() - m.availableCount());
        boolean exhausted = m.availableCount() + creatable == 0 && m.awaitingCount() > 0;
        return HealthCheckResponse.named("database-connection-pool").status(!exhausted)
                .withData("max", maxSize).withData("active", m.activeCount())
                .withData("available", m.availableCount()).withData("awaiting", m.awaitingCount())
                .withData("leaksSuspected", m.leakDetectionCount()).withData("invalidRemoved", m.invalidCount())
                .build();
    }
}
