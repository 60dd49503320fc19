package org.egov.itpm.evaluation;

import org.egov.itpm.common.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.rules.SelfEvaluationPolicy;
import org.egov.itpm.project.Reasons;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.project.LifecycleService;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectJudgement;
import org.egov.itpm.project.ProjectJudgements;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.security.CurrentUser;

/** Evaluations after acceptance and the end of a system's life (关停并转). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationService {

    /** Why a system is decommissioned: 关停 shut down, 并 merged, 转 transferred, 整合 integrated. */
    @org.eclipse.microprofile.graphql.Enum("DecommissionKind")
    public enum DecommissionKind { SHUT_DOWN, MERGED, TRANSFERRED, INTEGRATED }

    @Inject
    EntityManager em;
    @Inject
    ProjectService projects;
    @Inject
    ProjectChanges changes;
    @Inject
    LifecycleService lifecycle;
    @Inject
    ProjectJudgements judgements;
    @Inject
    BusinessClock businessClock;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    /** 自评价 by the unit after final acceptance; the pack's window (e.g. Jiangxi art.40: 6–12 months) judges it. */
    @Transactional
    public Evaluation selfEvaluate(UUID projectId, LocalDate on, String summary) {
        return record(projectId, Evaluation.Kind.SELF, on, null, null, null, summary);
    }

    /** A self-evaluation before the pack's window opens is refused, citing the window's article. */
    private void requireWindowOpen(Project p, LocalDate on) {
        ProjectJudgement j = judgements.of(p);
        if (!j.hasPack()) {
            return;
        }
        SelfEvaluationPolicy.tooEarly(j.pack(), j.facts(), on).ifPresent(r -> {
            throw new RuleViolationException("SELF_EVALUATION_WINDOW_NOT_OPEN", new Text("the self-evaluation window"
                    + " has not opened yet", "尚未到自评价开展时间"), List.of(Reasons.cited(r)));
        });
    }

    /** 后评价 by a third party, with score (0–100) and conclusion. */
    @Transactional
    public Evaluation postEvaluate(UUID projectId, LocalDate on, BigDecimal score, Evaluation.Conclusion conclusion,
                                   String evaluator, String summary) {
        List<FieldError> errors = new ArrayList<>();
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 2) {
            errors.add(new FieldError("score", "INVALID_SCORE", new Text("must be 0 to 100 with at most 2 decimals",
                    "须为0至100，最多两位小数")));
        }
        if (conclusion == null) errors.add(new FieldError("conclusion", "REQUIRED", new Text("is required", "为必填项")));
        if (evaluator == null || evaluator.isBlank()) {
            errors.add(new FieldError("evaluator", "REQUIRED", new Text("is required", "为必填项")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return record(projectId, Evaluation.Kind.THIRD_PARTY, on, score, conclusion, evaluator, summary);
    }

    /** 关停并转: OPERATION → DECOMMISSIONED with the kind and the reason in the history. */
    @Transactional
    public Project decommission(UUID projectId, DecommissionKind kind, LocalDate on, String reason,
                                Integer expectedVersion) {
        if (kind == null || reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "REQUIRED", "kind and reason are required", "须填写类型和原因");
        }
        Project p = lifecycle.moveTo(projectId, Stage.DECOMMISSIONED, on, kind + ": " + reason.trim(), List.of(),
                expectedVersion);
        audit.record(p.id, "Project", p.id, "DECOMMISSION", user.username(), Map.of("kind", kind.name(),
                "reason", reason.trim()));
        return p;
    }

    public Map<UUID, List<Evaluation>> byProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Map.of() : em.createQuery("select e from Evaluation e where e.projectId in :ids"
                        + " order by e.onDate, e.recordedAt", Evaluation.class).setParameter("ids", projectIds)
                .getResultList().stream().collect(Collectors.groupingBy(e -> e.projectId, LinkedHashMap::new,
                        Collectors.toList()));
    }

    private Evaluation record(UUID projectId, Evaluation.Kind kind, LocalDate on, BigDecimal score,
                              Evaluation.Conclusion conclusion, String evaluator, String summary) {
        Project p = projects.get(projectId);
        if (summary == null || summary.isBlank()) {
            throw InvalidInputException.of("summary", "REQUIRED", "is required", "为必填项");
        }
        LocalDate date = businessClock.actDate(on, "onDate");
        if (p.stage != Stage.FINAL_ACCEPTANCE && p.stage != Stage.OPERATION) {
            throw new ConflictException("NOT_ACCEPTED", new Text("evaluations follow final acceptance; this project is "
                    + p.stage, "竣工验收后方可开展评价，当前阶段为 " + p.stage));
        }
        if (kind == Evaluation.Kind.SELF) {
            requireWindowOpen(p, date);
        }
        Evaluation e = new Evaluation();
        e.id = UUID.randomUUID();
        e.projectId = p.id;
        e.kind = kind;
        e.onDate = date;
        e.score = score;
        e.conclusion = conclusion;
        e.evaluator = evaluator == null ? null : evaluator.trim();
        e.summary = summary.trim();
        e.recordedBy = user.username();
        e.recordedAt = clock.instant();
        em.persist(e);
        audit.record(p.id, "Evaluation", e.id, kind.name(), user.username(), Map.of("onDate", date.toString(),
                "conclusion", String.valueOf(conclusion)));
        changes.changed(p.id, "EVALUATION");
        return e;
    }
}
