package org.egov.itpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.Text;
import org.egov.itpm.pack.PackRegistry;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.PackBinding;
import org.egov.itpm.policy.pack.PackStatus;
import org.egov.itpm.policy.rules.ApprovalIssuerPolicy;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.StagePermissions;

/**
 * Corrects the legal date of a recorded stage move: by a role that may perform that act, with a reason, keeping the
 * order of the history and the acts the move rests on; both values stay on record and every deadline and finding is
 * recomputed from the corrected date.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActDateCorrectionService {

    static final int MAX_REASON = org.egov.itpm.common.TextLimits.REASON;

    private final ProjectService projects;
    private final ProjectChanges changes;
    private final ProjectJudgements judgements;
    private final PackRegistry packs;
    private final AuditService audit;
    private final CurrentUser user;
    private final BusinessClock clock;
    private final EntityManager em;
    private final Event<StageDateCorrected> corrected;

    @Inject
    public ActDateCorrectionService(ProjectService projects, ProjectChanges changes, ProjectJudgements judgements, PackRegistry packs,
                                    AuditService audit, CurrentUser user, BusinessClock clock, EntityManager em,
                                    Event<StageDateCorrected> corrected) {
        this.projects = projects;
        this.changes = changes;
        this.judgements = judgements;
        this.packs = packs;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
        this.em = em;
        this.corrected = corrected;
    }

    @Transactional
    public StageTransition correct(UUID projectId, UUID transitionId, LocalDate on, String reason,
                                   Integer expectedVersion) {
        Project p = projects.get(projectId);
        changes.checkVersion(p, expectedVersion);
        List<StageTransition> history = projects.historyOf(List.of(p.id)).getOrDefault(p.id, List.of());
        int index = indexOf(history, transitionId);
        StageTransition t = history.get(index);
        Pack bound = judgements.bindingOf(p).pack();
        if (!user.hasAnyRole(StagePermissions.rolesFor(t.toStage)) || bound != null
                && ApprovalIssuerPolicy.moveRefusal(bound, t.toStage, user.roles()).isPresent()) {
            throw new ForbiddenActionException("DATE_CORRECTION_NOT_ALLOWED_FOR_ROLE", new Text(
                    "only a role that may move a project to " + t.toStage + " may correct the date of that move",
                    "只有有权将项目变更为 " + t.toStage + " 的角色可以更正该行为的日期"));
        }
        if (t.toStage == Stage.DRAFT) {
            throw InvalidInputException.of("transitionId", "NOT_A_LEGAL_ACT", "the creation of a project record is"
                    + " not a regulated act and has no legal date", "创建项目记录不是法定行为，没有法定日期");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "REQUIRED", "a correction needs its reason", "更正须说明理由");
        }
        if (reason.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "TOO_LONG", "must be at most " + MAX_REASON + " characters",
                    "最多" + MAX_REASON + "个字符");
        }
        LocalDate to = clock.actDate(on, "on");
        requireInOrder(history, index, to);
        requireAfterWhatItRestsOn(p, t, to);
        LocalDate from = t.effectiveOn;
        if (from.equals(to)) {
            return t;
        }
        t.effectiveOn = to;
        if (t.toStage == Stage.APPLIED) {
            p.appliedOn = to;
        }
        em.persist(correction(p, t, from, to, reason.trim()));
        audit.record(p.id, "StageTransition", t.id, "CORRECT_DATE", user.username(), Map.of("stage",
                t.toStage.name(), "from", from.toString(), "to", to.toString(), "reason", reason.trim()));
        corrected.fire(new StageDateCorrected(p.id, t.toStage, from, to));
        changes.changed(p, "DATE_CORRECTED", p.stage, p.stage);
        return t;
    }

    /** Corrections of each transition, oldest first. */
    public Map<UUID, List<ActDateCorrection>> correctionsOf(Collection<UUID> transitionIds) {
        return transitionIds.isEmpty() ? Map.of() : em.createQuery("select c from ActDateCorrection c"
                        + " where c.transitionId in :ids order by c.at", ActDateCorrection.class)
                .setParameter("ids", transitionIds).getResultList().stream()
                .collect(Collectors.groupingBy(c -> c.transitionId, LinkedHashMap::new, Collectors.toList()));
    }

    private static int indexOf(List<StageTransition> history, UUID transitionId) {
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).id.equals(transitionId)) {
                return i;
            }
        }
        throw new NotFoundException("stage transition", transitionId);
    }

    private static void requireInOrder(List<StageTransition> history, int index, LocalDate to) {
        ActDates.previousAct(history, index).ifPresent(prev -> {
            if (to.isBefore(prev.effectiveOn)) {
                throw ActDates.beforePrevious("on", prev);
            }
        });
        if (index + 1 < history.size() && to.isAfter(history.get(index + 1).effectiveOn)) {
            StageTransition next = history.get(index + 1);
            throw InvalidInputException.of("on", "DATE_AFTER_NEXT_ACT", "must not be after the move to " + next.toStage
                    + " dated " + next.effectiveOn, "不得晚于进入" + next.toStage + "的日期（" + next.effectiveOn + "）");
        }
    }

    /** 立项 not before the reviews and approvals it rested on; 申报 only on a day its bound pack was in force. */
    private void requireAfterWhatItRestsOn(Project p, StageTransition t, LocalDate to) {
        if (t.toStage == Stage.APPROVED) {
            ActDates.latestPreApprovalAct(judgements.of(p).facts(), t.effectiveOn).filter(to::isBefore)
                    .ifPresent(latest -> {
                        throw InvalidInputException.of("on", "DATE_BEFORE_REQUIRED_ACTS", "立项 must not be dated"
                                + " before the review or approval it rests on (" + latest + ")",
                                "立项日期不得早于其所依据的评审或批复（" + latest + "）");
                    });
        }
        if (t.toStage == Stage.APPLIED && p.policyPackId != null) {
            Pack bound = packs.find(p.policyPackId, p.policyPackVersion).orElseThrow();
            if (bound.statusOn(to) != PackStatus.IN_FORCE) {
                throw LifecycleService.packNotInForce(new PackBinding(bound, bound.statusOn(to), p.regionCode, to));
            }
        }
    }

    private ActDateCorrection correction(Project p, StageTransition t, LocalDate from, LocalDate to, String reason) {
        ActDateCorrection c = new ActDateCorrection();
        c.id = UUID.randomUUID();
        c.projectId = p.id;
        c.transitionId = t.id;
        c.fromDate = from;
        c.toDate = to;
        c.reason = reason;
        c.actor = user.username();
        c.at = clock.now();
        return c;
    }
}
