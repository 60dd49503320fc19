package org.egov.itpm.compliance;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.egov.itpm.common.ClockProducer;
import org.jboss.logging.Logger;
import org.egov.itpm.common.LogEvent;

/**
 * Re-evaluates deadlines and findings of every open project once a day. Safe with several replicas: the run
 * holds a PostgreSQL transaction-level advisory lock, so a replica starting while another scans finds it taken
 * and skips, and the scheduled run records its business day, so a replica whose schedule fires after the day's
 * run finished skips too (scan_run.scan_day is unique).
 */
@ApplicationScoped
public class DailyScan {

    private static final Logger LOG = Logger.getLogger(DailyScan.class);
    // Arbitrary but fixed: the advisory lock id every replica uses for the daily scan.
    private static final long LOCK_ID = 0x17_0D_A1_5CL;
    private static final int CHUNK = 200;

    @Inject
    EntityManager em;
    @Inject
    FindingService findings;
    @Inject
    Clock clock;

    @Scheduled(identity = "daily-scan", cron = "{itpm.scan.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runDaily();
    }

    /** The scheduled run: today's scan unless another replica is running it or has run it today. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 3600)
    public Optional<ScanRun> runDaily() {
        if (!lock()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockProducer.CHINA);
        if (ScanRun.count("scanDay", today) > 0) {
            LOG.debugf("%s daily scan skipped: the scan of %s has run", LogEvent.DAILY_SCAN_ALREADY_RUN, today);
            return Optional.empty();
        }
        return Optional.of(scan(today));
    }

    /** Runs the scan now unless another replica is running it; returns the run, or empty when skipped. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 3600)
    public Optional<ScanRun> run() {
        return lock() ? Optional.of(scan(null)) : Optional.empty();
    }

    private boolean lock() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:id)")
                .setParameter("id", LOCK_ID).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            LOG.infof("%s daily scan skipped: another replica holds the lock", LogEvent.DAILY_SCAN_SKIPPED);
        }
        return Boolean.TRUE.equals(locked);
    }

    private ScanRun scan(LocalDate day) {
        ScanRun run = new ScanRun();
        run.scanDay = day;
        run.startedAt = clock.instant();
        run.status = "DONE";
        List<UUID> open = em.createQuery("select p.id from Project p where p.stage not in"
                + " (org.egov.itpm.policy.Stage.DECOMMISSIONED, org.egov.itpm.policy.Stage.TERMINATED,"
                + " org.egov.itpm.policy.Stage.WITHDRAWN, org.egov.itpm.policy.Stage.REJECTED) order by p.id",
                UUID.class).getResultList();
        for (int i = 0; i < open.size(); i += CHUNK) {
            FindingService.SyncResult r = findings.sync(open.subList(i, Math.min(open.size(), i + CHUNK)));
            run.projects += r.projects();
            run.raised += r.raised();
            run.resolved += r.resolved();
            em.flush();
            em.clear();
        }
        run.finishedAt = clock.instant();
        em.persist(run);
        LOG.infof("%s daily scan: %d projects, %d findings raised, %d resolved", LogEvent.DAILY_SCAN_DONE,
                run.projects, run.raised, run.resolved);
        return run;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ScanRun> lastRun() {
        return ScanRun.find("order by id desc").firstResultOptional();
    }
}
