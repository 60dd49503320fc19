package org.egov.itpm.ledger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.egov.itpm.common.Ids;
import org.egov.itpm.ledger.job.DownloadLinks;
import org.egov.itpm.ledger.job.LedgerJobView;
import org.egov.itpm.ledger.job.LedgerJobs;
import org.egov.itpm.security.Roles;

/**
 * Progress of a ledger job over graphql-transport-ws. The job may run on any replica, so each subscriber reads the
 * job row once a second (in its own short transaction) and emits it when it changed, until the job is finished.
 */
@GraphQLApi
@ApplicationScoped
public class LedgerJobProgressGraphQLApi {

    @Inject
    LedgerJobs jobs;
    @Inject
    DownloadLinks links;

    @Subscription("ledgerJobProgress")
    @Description("The state of a ledger job you started, each time it changes (rows done, then DONE or FAILED);"
            + " completes when the job is finished.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public Multi<LedgerJobView> ledgerJobProgress(@Id @NonNull String jobId) {
        return Multi.createFrom().<LedgerJobView>deferred(() -> {
            UUID id = Ids.parse("jobId", jobId);
            QuarkusTransaction.requiringNew().call(() -> jobs.get(id)); // scope: yours, or NOT_FOUND
            AtomicBoolean finished = new AtomicBoolean();
            // Mutiny refuses a zero initial delay (every subscription used to fail with INTERNAL_ERROR): 1 ms is "now"
            return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(Duration.ofSeconds(1))
                    .emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(tick -> QuarkusTransaction.requiringNew().call(() -> LedgerJobView.of(jobs.find(id), links)))
                    // up to the first finished view, then complete at the next tick; before dropping repetitions,
                    // which would swallow that tick (a finished job no longer changes) and never complete
                    .select().first(view -> !finished.getAndSet(view.state().finished()))
                    .skip().repetitions();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
