package org.egov.itpm.ledger.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.Text;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.Roles;
import org.hibernate.Session;

/**
 * The job table: start and read jobs (the requester only, or an administrator), and the worker's side — claim one
 * job with {@code for update skip locked}, report progress (which is also the claim's heartbeat), store the result
 * or the errors. Every worker write names its owner: a worker whose claim was taken over writes nothing.
 */
@ApplicationScoped
public class LedgerJobs {

    private final EntityManager em;
    private final CurrentUser user;
    private final Clock clock;
    private final AuditService audit;
    private final ItpmConfig.Ledger config;

    @Inject
    public LedgerJobs(EntityManager em, CurrentUser user, Clock clock, AuditService audit, ItpmConfig config) {
        this.em = em;
        this.user = user;
        this.clock = clock;
        this.audit = audit;
        this.config = config.ledger();
    }

    /** Queues a job that will run with the caller's roles and scope. */
    @Transactional
    public LedgerJob start(LedgerJobKind kind, Map<String, Object> params, byte[] input) {
        LedgerJob job = new LedgerJob();
        job.id = UUID.randomUUID();
        job.kind = kind;
        job.state = LedgerJobState.QUEUED;
        job.requestedBy = user.username();
        job.requester = JobIdentity.of(user).asMap();
        job.params = params;
        job.createdAt = clock.instant();
        em.persist(job);
        em.flush();
        if (input != null) {
            em.createNativeQuery("update ledger_job set input = :input where id = :id")
                    .setParameter("input", input).setParameter("id", job.id).executeUpdate();
        }
        audit.recordGlobal("LedgerJob", job.id.toString(), "START", user.username(), Map.of("kind", kind.name(),
                "params", params));
        return job;
    }

    /** The job if the caller started it (or is an administrator); otherwise NOT_FOUND. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LedgerJob get(UUID id) {
        LedgerJob job = em.find(LedgerJob.class, id);
        if (job == null || !(job.requestedBy.equals(user.username()) || user.hasRole(Roles.ADMIN))) {
            throw new NotFoundException("ledgerJob", id);
        }
        return job;
    }

    /** The job as stored, for a caller that already checked it is theirs (a subscription's later reads). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LedgerJob find(UUID id) {
        return em.find(LedgerJob.class, id);
    }

    /** A FAILED job queued again with its attempts reset. */
    @Transactional
    public LedgerJob restart(UUID id) {
        LedgerJob job = get(id);
        if (job.state != LedgerJobState.FAILED) {
            throw new ConflictException("LEDGER_JOB_NOT_FAILED", new Text("only a FAILED job can be restarted; this"
                    + " one is " + job.state, "仅失败的任务可重新开始，当前状态为 " + job.state));
        }
        job.state = LedgerJobState.QUEUED;
        job.attempts = 0;
        job.owner = null;
        job.errors = null;
        job.rowsDone = 0;
        job.finishedAt = null;
        audit.recordGlobal("LedgerJob", id.toString(), "RESTART", user.username(), Map.of());
        return job;
    }

    /**
     * Claims the oldest queued job, or a running one whose owner stopped reporting (a replica that died): it runs
     * again from the start. A job that has used up its attempts is marked FAILED instead (restartable).
     */
    @Transactional
    public Optional<LedgerJob> claim(String owner) {
        Instant now = clock.instant();
        Instant stale = now.minus(config.staleAfter());
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                select id from ledger_job
                 where state = 'QUEUED' or (state = 'RUNNING' and (heartbeat_at is null or heartbeat_at < :stale))
                 order by created_at limit 1 for update skip locked""").setParameter("stale", stale).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        LedgerJob job = em.find(LedgerJob.class, ids.get(0));
        if (job.attempts >= config.maxAttempts()) {
            job.state = LedgerJobState.FAILED;
            job.finishedAt = now;
            job.errors = List.of(LedgerProblem.ofFile("LEDGER_JOB_ATTEMPTS_EXHAUSTED", "the job was interrupted "
                    + job.attempts + " times (the service stopped while it ran); restart it",
                    "任务已中断 " + job.attempts + " 次（运行期间服务停止），请重新开始"));
            return Optional.empty();
        }
        job.state = LedgerJobState.RUNNING;
        job.owner = owner;
        job.heartbeatAt = now;
        job.attempts++;
        job.rowsDone = 0;
        if (job.startedAt == null) {
            job.startedAt = now;
        }
        return Optional.of(job);
    }

    /** Rows done (and total, when known) of a job this owner holds; also renews the claim. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean progress(UUID id, String owner, int done, Integer total) {
        return em.createNativeQuery("""
                        update ledger_job set rows_done = :done, rows_total = coalesce(:total, rows_total),
                               heartbeat_at = :now where id = :id and owner = :owner and state = 'RUNNING'""")
                .setParameter("done", done).setParameter("total", total).setParameter("now", clock.instant())
                .setParameter("id", id).setParameter("owner", owner).executeUpdate() == 1;
    }

    /** The uploaded file of an import job. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] input(UUID id) {
        return (byte[]) em.createNativeQuery("select input from ledger_job where id = :id").setParameter("id", id)
                .getSingleResult();
    }

    /**
     * Stores the result file and the problems found, and marks the job DONE, in the caller's transaction (an import
     * commit's own): if another worker took the job over meanwhile, this throws and the caller's writes roll back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(UUID id, String owner, Path file, String name, String type, List<LedgerProblem> problems,
                         int rows) {
        em.flush();
        int[] updated = new int[1];
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    update ledger_job set state = 'DONE', result = ?, result_name = ?, result_type = ?,
                           errors = cast(? as jsonb), rows_done = ?, rows_total = ?, finished_at = ?
                     where id = ? and owner = ? and state = 'RUNNING'""");
                 InputStream in = file == null ? null : Files.newInputStream(file)) {
                if (in == null) {
                    ps.setNull(1, java.sql.Types.BINARY);
                } else {
                    ps.setBinaryStream(1, in, Files.size(file));
                }
                ps.setString(2, name);
                ps.setString(3, type);
                ps.setString(4, JobJson.write(problems));
                ps.setInt(5, rows);
                ps.setInt(6, rows);
                ps.setTimestamp(7, Timestamp.from(clock.instant()));
                ps.setObject(8, id);
                ps.setString(9, owner);
                updated[0] = ps.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (updated[0] != 1) {
            throw new LostClaimException(id);
        }
    }

    /** Marks a job this owner holds FAILED with its problems. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID id, String owner, List<LedgerProblem> problems) {
        em.createNativeQuery("""
                        update ledger_job set state = 'FAILED', errors = cast(:errors as jsonb), finished_at = :now
                         where id = :id and owner = :owner and state = 'RUNNING'""")
                .setParameter("errors", JobJson.write(problems)).setParameter("now", clock.instant())
                .setParameter("id", id).setParameter("owner", owner).executeUpdate();
    }

    /** A DONE job's result file (PostgreSQL returns a bytea whole; results are a few MB, ADR 0014). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] result(UUID id) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("select result from ledger_job where id = :id and state = 'DONE'"
                + " and result is not null").setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("ledgerJobResult", id);
        }
        return rows.get(0);
    }

    /** A worker lost its claim to another (its heartbeat went stale): its work must not count. */
    public static final class LostClaimException extends RuntimeException {
        LostClaimException(UUID id) {
            super("ledger job " + id + " was taken over by another worker");
        }
    }
}
