package org.egov.itpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.Text;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.security.CurrentUser;

/**
 * The ending every write to a project shares: the optimistic-version check, the append-only history entry, the
 * flush that surfaces a concurrent writer as CONCURRENT_MODIFICATION, and the {@link ProjectChanged} event that
 * findings, the outbox and subscriptions follow.
 */
@ApplicationScoped
public class ProjectChanges {

    private final ProjectRepository repository;
    private final CurrentUser user;
    private final BusinessClock clock;
    private final Event<ProjectChanged> changed;
    private final ProjectScope scope;
    private final Instance<ProjectParticipants> participants;

    @Inject
    public ProjectChanges(ProjectRepository repository, CurrentUser user, BusinessClock clock,
                          Event<ProjectChanged> changed, ProjectScope scope, Instance<ProjectParticipants> participants) {
        this.scope = scope;
        this.participants = participants;
        this.repository = repository;
        this.user = user;
        this.clock = clock;
        this.changed = changed;
    }

    /** Appends a history entry; the only way stage_transition rows are written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StageTransition recordTransition(Project p, Stage from, Stage to, LocalDate effectiveOn, String reason,
                                            List<UUID> documentIds) {
        StageTransition t = new StageTransition();
        t.id = UUID.randomUUID();
        t.projectId = p.id;
        t.seq = repository.nextSeq(p.id);
        t.fromStage = from;
        t.toStage = to;
        t.actor = user.username();
        t.at = clock.now();
        t.effectiveOn = effectiveOn;
        t.reason = reason;
        t.documentIds.addAll(documentIds);
        repository.getEntityManager().persist(t);
        return t;
    }

    /** Tells the other features (findings, outbox, subscriptions) that a project or its records changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Project p, String what, Stage from, Stage to) {
        requireWritable(p, what);
        p.updatedAt = clock.now();
        // Surface a concurrent writer's version bump now, as CONCURRENT_MODIFICATION, not as a 500 at commit.
        flush();
        changed.fire(new ProjectChanged(p.id, what, from, to, user.username()));
    }

    /** As {@link #changed(Project, String, Stage, Stage)} for a change that did not move the stage. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(UUID projectId, String what) {
        Project p = repository.findById(projectId);
        changed(p, what, p.stage, p.stage);
    }

    /**
     * Every write ends here, so this is where access that only reads is enforced (issue #15): an engagement that has
     * ended (read-only history) and a participant's rights. The transaction rolls back with the refusal.
     */
    private void requireWritable(Project p, String what) {
        if (scope.readOnly(p)) {
            throw new ForbiddenActionException("ENGAGEMENT_ENDED", new Text(
                    "your engagement on this project has ended: its records stay readable, no more writes",
                    "您在本项目的参与（评审、监理或评估）已结束：可查阅记录，不能再修改"));
        }
        participants.get().requireWriteRight(p, what);
    }

    public void checkVersion(Project p, Integer expectedVersion) {
        if (expectedVersion != null && expectedVersion != p.version) {
            throw ConflictException.concurrentModification("project " + p.localCode);
        }
    }

    /** Flushes so a concurrent writer's version bump surfaces now as a CONFLICT, not at commit as a 500. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        try {
            repository.flush();
        } catch (jakarta.persistence.OptimisticLockException | org.hibernate.StaleStateException e) {
            throw ConflictException.concurrentModification("project");
        }
    }
}
