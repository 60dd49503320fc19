package org.egov.itpm.ledger.job;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.egov.itpm.common.DomainException;
import org.egov.itpm.common.LogEvent;
import org.egov.itpm.common.FieldError;
import org.jboss.logging.Logger;

/**
 * The worker: every {@code itpm.ledger.job-interval} it claims jobs one at a time (any replica may; the claim is
 * exclusive) and runs each as its requester. A job whose worker died is claimed again when its heartbeat is older
 * than {@code itpm.ledger.stale-after} and runs again from the start; exports are repeatable and an import commits
 * in one transaction together with its DONE mark, so a re-run never stores anything twice.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    /** This JVM's name in the owner column. */
    static final String OWNER = "replica-" + UUID.randomUUID();

    private final LedgerJobs jobs;
    private final CurrentIdentityAssociation identities;
    private final Map<LedgerJobKind, JobHandler> handlers;

    @Inject
    public JobRunner(LedgerJobs jobs, CurrentIdentityAssociation identities, Instance<JobHandler> handlers) {
        this.jobs = jobs;
        this.identities = identities;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
    }

    @Scheduled(identity = "ledger-jobs", every = "{itpm.ledger.job-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        runAvailable(OWNER);
    }

    /** Runs claimable jobs until none is left; returns how many ran. */
    public int runAvailable(String owner) {
        int ran = 0;
        while (true) {
            var claimed = jobs.claim(owner);
            if (claimed.isEmpty()) {
                return ran;
            }
            run(claimed.get(), owner);
            ran++;
        }
    }

    private void run(LedgerJob job, String owner) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            identities.setIdentity(JobIdentity.from(job.requestedBy, job.requester).asSecurityIdentity());
            JobHandler handler = handlers.get(job.kind);
            JobHandler.Outcome outcome = handler.run(job, (done, total) -> jobs.progress(job.id, owner, done, total));
            if (outcome.failed()) {
                jobs.fail(job.id, owner, outcome.problems());
            } else if (!outcome.completed()) {
                QuarkusTransaction.requiringNew().run(() -> jobs.complete(job.id, owner, outcome.file(), outcome.name(),
                        outcome.type(), outcome.problems(), outcome.rows()));
            }
            if (outcome.file() != null) {
                Files.deleteIfExists(outcome.file());
            }
        } catch (LedgerJobs.LostClaimException lost) {
            LOG.warnf("%s %s; this worker's result is discarded", LogEvent.LEDGER_JOB_CLAIM_LOST, lost.getMessage());
        } catch (DomainException e) {
            jobs.fail(job.id, owner, problemsOf(e));
        } catch (Exception e) {
            String errorId = UUID.randomUUID().toString().substring(0, 8);
            LOG.errorf(e, "%s ledger job %s failed (error id %s)", LogEvent.LEDGER_JOB_FAILED, job.id, errorId);
            jobs.fail(job.id, owner, List.of(LedgerProblem.ofFile("LEDGER_JOB_ERROR", "the job failed unexpectedly"
                    + " (error id " + errorId + "); restart it", "任务意外失败（错误编号 " + errorId + "），请重新开始")));
        } finally {
            request.terminate();
        }
    }

    static List<LedgerProblem> problemsOf(DomainException e) {
        if (e.fieldErrors().isEmpty()) {
            return List.of(LedgerProblem.ofFile(e.code(), e.text().en(), e.text().zh()));
        }
        return e.fieldErrors().stream().map((FieldError f) -> new LedgerProblem(null, null, f.field(), f.code(),
                f.message().en(), f.message().zh())).toList();
    }
}
