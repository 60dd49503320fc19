package org.egov.itpm.acceptance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.rules.AcceptancePolicy;
import org.egov.itpm.policy.rules.Reason;
import org.egov.itpm.project.DeclarationService;
import org.egov.itpm.project.LifecycleService;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectJudgement;
import org.egov.itpm.project.ProjectJudgements;
import org.egov.itpm.project.ProjectFact;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.project.Reasons;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.Roles;

/**
 * Acceptance: completion, preliminary acceptance (self), authorities' reviews and confirmations, the final
 * acceptance application with the pack's document checklist, extension, the result, rectification and resubmission,
 * and the opinion's filing. Stage moves go through {@link LifecycleService}, so the pack's gates apply.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AcceptanceService {

    private static final Set<Stage> BUILT = Set.of(Stage.CONSTRUCTION, Stage.TRIAL_RUN, Stage.PRELIMINARY_ACCEPTANCE);

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
    DeclarationService declarations;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    /** 完工: the construction is complete; the acceptance deadlines run from this date (e.g. Wushan art.22). */
    @Transactional
    public AcceptanceState complete(UUID projectId, LocalDate completedOn) {
        Project p = projects.get(projectId);
        requireStage(p, BUILT, "completion is recorded during construction, trial run or preliminary acceptance");
        AcceptanceState state = stateOf(p.id);
        if (state.completedOn() != null) {
            throw new ConflictException("ALREADY_RECORDED", new Text("completion is already recorded ("
                    + state.completedOn() + ")", "已登记完工（" + state.completedOn() + "）"));
        }
        return append(p, AcceptanceStep.Kind.COMPLETED, date(completedOn, "completedOn"), null, null, null, null);
    }

    /** 初验: the unit's own preliminary acceptance; moves the project to PRELIMINARY_ACCEPTANCE (gates apply). */
    @Transactional
    public AcceptanceState passPreliminary(UUID projectId, LocalDate passedOn, String note) {
        Project p = projects.get(projectId);
        requireCompleted(p);
        AcceptanceState s = append(p, AcceptanceStep.Kind.PRELIMINARY_ACCEPTANCE, date(passedOn, "passedOn"), true,
                null, null, note);
        lifecycle.moveTo(p.id, Stage.PRELIMINARY_ACCEPTANCE, s.steps().get(s.steps().size() - 1).onDate,
                "preliminary acceptance (初验) passed", List.of(), null);
        return s;
    }

    /** An authority's review or confirmation before final acceptance; crypto is the crypto authority's. */
    @Transactional
    public AcceptanceState confirm(UUID projectId, AcceptanceCheck check, boolean passed, LocalDate on, String reference,
                                   String note) {
        boolean crypto = check == AcceptanceCheck.CRYPTO_CONFIRMATION;
        if (crypto ? !user.hasRole(Roles.SECURITY_OFFICER)
                : !user.hasAnyRole(Set.of(Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER))) {
            throw new ForbiddenActionException("CHECK_NOT_ALLOWED_FOR_ROLE", new Text(
                    "crypto and secure-reliable confirmations are the crypto authority's (security-officer); the other"
                            + " checks the competent authority's", "密码应用及安全可靠确认由密码管理部门作出，其他审核由主管部门作出"));
        }
        Project p = projects.get(projectId);
        requireCompleted(p);
        return append(p, AcceptanceStep.Kind.valueOf(check.name()), date(on, "onDate"), passed, null, reference, note);
    }

    /**
     * 竣工验收申请 on {@code appliedOn}: refused, listing every unmet condition of the final acceptance known by then
     * (ACCEPTANCE_CONDITIONS_UNMET, e.g. qufu-2024 art.34 preliminary acceptance first) and every missing document of
     * the pack's checklist (ACCEPTANCE_DOCUMENTS_MISSING when documents are all that is missing), each cited. After
     * a failed acceptance, a rectification plan first where the pack asks for one (qufu-2024 art.35).
     */
    @Transactional
    public AcceptanceState apply(UUID projectId, LocalDate appliedOn) {
        Project p = projects.get(projectId);
        requireCompleted(p);
        LocalDate on = date(appliedOn, "appliedOn");
        AcceptanceState state = stateOf(p.id);
        ProjectJudgement j = judgements.of(p);
        Pack pack = j.pack();
        switch (state.status()) {
            case APPLIED -> throw conflict("ACCEPTANCE_ALREADY_APPLIED", "an application is already pending",
                    "已有待决的竣工验收申请");
            case PASSED -> throw conflict("ACCEPTANCE_ALREADY_PASSED", "the project has passed final acceptance",
                    "项目已通过竣工验收");
            case FAILED -> requireRectificationPlan(pack);
            default -> { }
        }
        if (pack != null) {
            refuseUnmet(pack, j.facts().asOf(on), on);
        }
        return append(p, AcceptanceStep.Kind.APPLIED, on, null, null, null, null);
    }

    private static void requireRectificationPlan(Pack pack) {
        if (pack == null) {
            return;
        }
        AcceptancePolicy.rectificationPlanMissing(pack).ifPresent(r -> {
            throw new RuleViolationException("RECTIFICATION_PLAN_MISSING", new Text(r.messageEn(), r.messageZh()),
                    List.of(Reasons.cited(r)));
        });
    }

    private static void refuseUnmet(Pack pack, ProjectFacts facts, LocalDate on) {
        List<Reason> conditions = AcceptancePolicy.unmetConditions(pack, facts, on);
        List<Reason> missing = AcceptancePolicy.missingDocuments(pack, facts);
        if (!conditions.isEmpty()) {
            List<Reason> all = Stream.concat(conditions.stream(), missing.stream()).distinct().toList();
            throw new RuleViolationException("ACCEPTANCE_CONDITIONS_UNMET", new Text("the final acceptance cannot be"
                    + " applied for on " + on + ": " + all.size() + " condition(s) of the pack are unmet",
                    on + "不具备申请竣工验收的条件：" + all.size() + "项规定未满足"), all.stream().map(Reasons::cited).toList());
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException("ACCEPTANCE_DOCUMENTS_MISSING", new Text("the acceptance application"
                    + " lacks " + missing.size() + " document(s) the pack requires", "竣工验收申请缺少" + missing.size()
                    + "项规定材料"), missing.stream().map(Reasons::cited).toList());
        }
    }

    /**
     * 延期验收申请 (e.g. wushan-2022 art.22, qufu-2024 art.35, jiangxi-2024 art.30): the application then becomes due
     * by {@code until}. Refused where the pack has no extension route (jianshan-2024 item 15).
     */
    @Transactional
    public AcceptanceState requestExtension(UUID projectId, String reason, LocalDate on, LocalDate until) {
        Project p = projects.get(projectId);
        requireCompleted(p);
        Pack pack = judgements.bindingOf(p).pack();
        if (pack != null) {
            AcceptancePolicy.extensionRefusal(pack).ifPresent(r -> {
                throw new RuleViolationException(r.code(), new Text(r.messageEn(), r.messageZh()),
                        List.of(Reasons.cited(r)));
            });
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "REQUIRED", "is required", "为必填项");
        }
        LocalDate requestedOn = date(on, "onDate");
        requireAfter(until, "until", requestedOn, "NOT_AFTER_REQUEST");
        return append(p, AcceptanceStep.Kind.EXTENSION_REQUESTED, requestedOn, null, until, null, reason);
    }

    /** The authority's conclusion; a pass moves the project to FINAL_ACCEPTANCE (gates apply). */
    @Transactional
    public AcceptanceState conclude(UUID projectId, boolean passed, LocalDate on, String opinion) {
        Project p = projects.get(projectId);
        if (stateOf(p.id).status() != AcceptanceState.Status.APPLIED) {
            throw conflict("NO_PENDING_ACCEPTANCE_APPLICATION", "there is no pending acceptance application",
                    "没有待决的竣工验收申请");
        }
        if (opinion == null || opinion.isBlank()) {
            throw InvalidInputException.of("opinion", "REQUIRED", "is required", "为必填项");
        }
        AcceptanceState s = append(p, AcceptanceStep.Kind.FINAL_ACCEPTANCE, date(on, "onDate"), passed, null, null,
                opinion);
        if (passed) {
            lifecycle.moveTo(p.id, Stage.FINAL_ACCEPTANCE, s.steps().get(s.steps().size() - 1).onDate,
                    "final acceptance (竣工验收) passed: " + opinion, List.of(), null);
        }
        return s;
    }

    /**
     * 整改方案 submitted on {@code submittedOn} after a failed final acceptance, with the date the rectification is due
     * (限期整改, qufu-2024 art.35: the re-application is then due by {@code dueOn}).
     */
    @Transactional
    public AcceptanceState rectify(UUID projectId, String plan, LocalDate dueOn, LocalDate submittedOn) {
        Project p = projects.get(projectId);
        AcceptanceState state = stateOf(p.id);
        if (state.status() != AcceptanceState.Status.FAILED) {
            throw conflict("ACCEPTANCE_NOT_FAILED", "a rectification plan follows a failed final acceptance",
                    "竣工验收未通过的方可提交整改方案");
        }
        if (plan == null || plan.isBlank()) {
            throw InvalidInputException.of("plan", "REQUIRED", "is required", "为必填项");
        }
        LocalDate on = date(submittedOn, "submittedOn");
        LocalDate failedOn = state.latest(AcceptanceStep.Kind.FINAL_ACCEPTANCE).map(s -> s.onDate).orElse(on);
        if (on.isBefore(failedOn)) {
            throw InvalidInputException.of("submittedOn", "BEFORE_FAILED_ACCEPTANCE", "must not be before the failed"
                    + " final acceptance of " + failedOn, "不得早于竣工验收未通过之日（" + failedOn + "）");
        }
        requireAfter(dueOn, "dueOn", on, "NOT_AFTER_SUBMISSION");
        return append(p, AcceptanceStep.Kind.RECTIFICATION_PLAN, on, null, dueOn, null, plan);
    }

    /** 验收意见备案 on the project platform (e.g. Qufu art.34); also records the ACCEPTANCE platform filing. */
    @Transactional
    public AcceptanceState fileOpinion(UUID projectId, LocalDate filedOn, String reference) {
        Project p = projects.get(projectId);
        if (stateOf(p.id).status() != AcceptanceState.Status.PASSED) {
            throw conflict("ACCEPTANCE_NOT_PASSED", "only a passed acceptance's opinion is filed", "竣工验收通过后方可备案验收意见");
        }
        LocalDate on = date(filedOn, "filedOn");
        declarations.declare(p.id, ProjectFact.Category.PLATFORM_FILING, PlatformFiling.ACCEPTANCE, on, reference,
                "acceptance opinion");
        return append(p, AcceptanceStep.Kind.OPINION_FILED, on, null, null, reference, null);
    }

    public AcceptanceState stateOf(UUID projectId) {
        return statesOf(List.of(projectId)).getOrDefault(projectId, AcceptanceState.of(List.of()));
    }

    public Map<UUID, AcceptanceState> statesOf(Collection<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<AcceptanceStep>> steps = em.createQuery("select s from AcceptanceStep s where s.projectId in :ids"
                        + " order by s.seq", AcceptanceStep.class).setParameter("ids", projectIds)
                .getResultList().stream().collect(Collectors.groupingBy(s -> s.projectId, LinkedHashMap::new,
                        Collectors.toList()));
        Map<UUID, AcceptanceState> out = new LinkedHashMap<>();
        steps.forEach((id, list) -> out.put(id, AcceptanceState.of(list)));
        return out;
    }

    private AcceptanceState append(Project p, AcceptanceStep.Kind kind, LocalDate on, Boolean passed, LocalDate dueOn,
                                   String reference, String note) {
        AcceptanceStep s = new AcceptanceStep();
        s.id = UUID.randomUUID();
        s.projectId = p.id;
        s.seq = stateOf(p.id).steps().size() + 1;
        s.kind = kind;
        s.onDate = on;
        s.passed = passed;
        s.dueOn = dueOn;
        s.reference = reference;
        s.note = note;
        s.recordedBy = user.username();
        s.recordedAt = clock.instant();
        em.persist(s);
        em.flush();
        audit.record(p.id, "AcceptanceStep", s.id, kind.name(), user.username(), Map.of("onDate", on.toString(),
                "passed", String.valueOf(passed)));
        changes.changed(p.id, "ACCEPTANCE");
        return stateOf(p.id);
    }

    private void requireCompleted(Project p) {
        if (p.stage.isClosed()) {
            throw conflict("PROJECT_CLOSED", "the project is " + p.stage, "项目已关闭（" + p.stage + "）");
        }
        if (stateOf(p.id).completedOn() == null) {
            throw conflict("NOT_COMPLETED", "record the completion (recordCompletion) first", "请先登记完工");
        }
    }

    private static void requireStage(Project p, Set<Stage> stages, String why) {
        if (!stages.contains(p.stage)) {
            throw conflict("ACCEPTANCE_STEP_NOT_ALLOWED", why + "; this project is " + p.stage,
                    "当前阶段（" + p.stage + "）不能进行此验收步骤");
        }
    }

    private static void requireAfter(LocalDate d, String field, LocalDate from, String code) {
        if (d == null) {
            throw InvalidInputException.of(field, "REQUIRED", "is required", "为必填项");
        }
        if (!d.isAfter(from)) {
            throw InvalidInputException.of(field, code, "must be after " + from, "须晚于" + from);
        }
    }

    private LocalDate date(LocalDate d, String field) {
        return businessClock.actDate(d, field);
    }

    private static ConflictException conflict(String code, String en, String zh) {
        return new ConflictException(code, new Text(en, zh));
    }
}
