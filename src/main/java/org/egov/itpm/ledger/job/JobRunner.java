package org.egov.itpm.ledger.job;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
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
import org.egov.itpm.platform.TraceIds;
import org.jboss.logging.Logger;

/**
 * The worker: every {@code itpm.ledger.job-interval} it claims jobs one at a time (any replica may; the claim is
 * exclusive) and runs each as its requester. A job whose worker died is claimed again when its heartbeat is older
 * than {@code itpm.ledger.stale-after} and runs again from the start; exports are repeatable and an import commits
 * in one transaction together with its DONE mark, so a re-run never stores anything twice. Each run is its own
 * trace: its log lines carry that trace id, and an unexpected failure shows it to the requester as the errorId.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    /** This JVM's name in the owner column. */
    static final String OWNER = "replica-" + UUID.randomUUID();

    private final LedgerJobs jobs;
    private final CurrentIdentityAssociation identities;
    private final Map<LedgerJobKind, JobHandler> handlers;
    private final Tracer tracer;

    @Inject
    public JobRunner(LedgerJobs jobs, CurrentIdentityAssociation identities, Instance<JobHandler> handlers,
                     Tracer tracer) {
        this.jobs = jobs;
        this.identities = identities;
        this.tracer = tracer;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
    }

    // the first poll waits until the replica has started and answered its first requests (ADR 0017)
    @Scheduled(identity = "ledger-jobs", every = "{itpm.ledger.job-interval}", delayed = "10s",
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
            traced(claimed.get(), owner);
            ran++;
        }
    }

    /** A new trace per run (not the poll's, nor the starting request's): one errorId names one run's log lines. */
    private void traced(LedgerJob job, String owner) {
        Span span = tracer.spanBuilder("ledger job " + job.kind).setNoParent()
                .setAttribute("itpm.ledger.job.id", job.id.toString())
                .setAttribute("itpm.ledger.job.attempt", job.attempts).startSpan();
        try (Scope current = span.makeCurrent()) {
            run(job, owner, span);
        } finally {
            span.end();
        }
    }

    private void run(LedgerJob job, String owner, Span span) {
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
            String errorId = TraceIds.current();
            span.recordException(e).setStatus(StatusCode.ERROR);
            LOG.errorf(e, "%s ledger job %s failed errorId=%s", LogEvent.LEDGER_JOB_FAILED, job.id, errorId);
            jobs.fail(job.id, owner, List.of(new LedgerProblem(null, null, null, "LEDGER_JOB_ERROR", "the job failed"
                    + " unexpectedly (error id " + errorId + "); restart it", "任务意外失败（错误编号 " + errorId
                    + "），请重新开始", errorId)));
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
