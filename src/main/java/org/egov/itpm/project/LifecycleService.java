package org.egov.itpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.common.RuleViolationException.CitedReason;
import org.egov.itpm.common.Text;
import org.egov.itpm.pack.PackRegistry;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.PackBinding;
import org.egov.itpm.policy.pack.PackStatus;
import org.egov.itpm.policy.rules.ApprovalIssuerPolicy;
import org.egov.itpm.policy.rules.Decision;
import org.egov.itpm.policy.rules.StageGatePolicy;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.StagePermissions;

/**
 * The stage machine. Every move carries the legal date of its act, checks the caller's role for the target stage,
 * then the bound pack's gates as of that date (all unmet reasons at once, cited), then writes the stage and an
 * append-only history entry together. Stages with a dedicated operation are entered only through it.
 */
@ApplicationScoped
public class LifecycleService {

    private final ProjectService projects;
    private final ProjectChanges changes;
    private final ProjectJudgements judgements;
    private final PackRegistry packs;
    private final AuditService audit;
    private final CurrentUser user;
    private final DocumentOwnership documents;
    private final BusinessClock clock;
    private final PackBindings bindings;
    /** Checks of other features (O&M funding); field-injected: they depend on this feature, not the other way. */
    @Inject
    jakarta.enterprise.inject.Instance<MoveGuard> guards;

    @Inject
    public LifecycleService(ProjectService projects, ProjectChanges changes, ProjectJudgements judgements, PackRegistry packs,
                            AuditService audit, CurrentUser user, DocumentOwnership documents, BusinessClock clock,
                            PackBindings bindings) {
        this.bindings = bindings;
        this.projects = projects;
        this.changes = changes;
        this.judgements = judgements;
        this.packs = packs;
        this.audit = audit;
        this.user = user;
        this.documents = documents;
        this.clock = clock;
    }

    /** 入库 on {@code on} (default today). */
    @Transactional
    public Project submitToLibrary(UUID id, LocalDate on, String reason, Integer expectedVersion) {
        Project p = projects.get(id);
        changes.checkVersion(p, expectedVersion);
        return move(p, Stage.LIBRARY, on, reason, List.of());
    }

    /**
     * 申报 on {@code on} (default today): binds the pack in force in the project's jurisdiction on that date, so a
     * project applied for in the past is judged by the pack of its day; a pack not in force then is refused, cited.
     */
    @Transactional
    public Project apply(UUID id, LocalDate on, Integer expectedVersion) {
        Project p = projects.get(id);
        changes.checkVersion(p, expectedVersion);
        LocalDate appliedOn = clock.actDate(on, "on");
        ActDates.requireNotBeforePrevious(appliedOn, projects.historyOf(List.of(p.id)).getOrDefault(p.id, List.of()),
                "on");
        PackBinding binding = packs.bindingFor(p.regionCode, appliedOn);
        if (!binding.isInForce()) {
            throw binding.status() == PackStatus.EXPIRED ? noSuccessor(binding) : packNotInForce(binding);
        }
        p.policyPackId = binding.pack().id();
        p.policyPackVersion = binding.pack().version();
        p.appliedOn = appliedOn;
        bindings.applied(p, binding.pack(), appliedOn);
        return move(p, Stage.APPLIED, appliedOn, "applied (申报) under " + binding.pack().id(), List.of());
    }

    /**
     * The generic forward move ({@code advanceStage}): refused for stages whose act has its own operation
     * ({@link StageActs}), otherwise the same checked move every operation uses.
     */
    @Transactional
    public Project advance(UUID id, Stage target, LocalDate on, String reason, List<UUID> documentIds,
                           Integer expectedVersion) {
        if (!target.isCanonical()) {
            throw InvalidInputException.of("to", "NOT_A_FORWARD_STAGE", target
                    + " is a side state; use suspend/terminate/withdraw/reject", target + " 为旁支状态，请使用暂停、终止、撤回或驳回");
        }
        StageActs.dedicatedOperation(target).ifPresent(op -> {
            throw InvalidInputException.of("to", "STAGE_HAS_DEDICATED_OPERATION", target + " is entered only through "
                    + op + ", which records the act and checks its conditions", "进入 " + target + " 只能通过 " + op
                    + "（该操作登记相应行为并检查其条件）");
        });
        return moveTo(id, target, on, reason, documentIds, expectedVersion);
    }

    /** A move by id on the act's date {@code on} (default today; for APPROVED the date of the 批复 it rests on). */
    @Transactional
    public Project moveTo(UUID id, Stage target, LocalDate on, String reason, List<UUID> documentIds,
                          Integer expectedVersion) {
        Project p = projects.get(id);
        changes.checkVersion(p, expectedVersion);
        List<UUID> cited = documentIds == null ? List.of() : List.copyOf(documentIds);
        documents.requireOwnDocuments(p.id, cited);
        return move(p, target, on, reason, cited);
    }

    /** Back from SUSPENDED to the stage it was suspended in. */
    @Transactional
    public Project resume(UUID id, LocalDate on, String reason, Integer expectedVersion) {
        Project p = projects.get(id);
        changes.checkVersion(p, expectedVersion);
        if (p.stage != Stage.SUSPENDED || p.stageBeforeSuspension == null) {
            throw new ConflictException("PROJECT_NOT_SUSPENDED", new Text("project " + p.localCode + " is not suspended",
                    "项目 " + p.localCode + " 未处于暂停状态"));
        }
        return move(p, p.stageBeforeSuspension, on, reason, List.of());
    }

    /** Called when the first review of an APPLIED project opens, dated by the review's opening. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enterReview(Project p, LocalDate on, String reason) {
        move(p, Stage.IN_REVIEW, on, reason, List.of());
    }

    /** Administrator: judge the project by another pack version from now on (history, audit, findings re-synced). */
    @Transactional
    public Project rebind(UUID id, String packId, int version, String reason) {
        return bindings.rebind(id, packId, version, reason);
    }

    private Project move(Project p, Stage target, LocalDate entered, String reason, List<UUID> documentIds) {
        Stage roleStage = p.stage == Stage.SUSPENDED && target != Stage.TERMINATED ? Stage.SUSPENDED : target;
        if (!user.hasAnyRole(StagePermissions.rolesFor(roleStage))) {
            throw new ForbiddenActionException("STAGE_NOT_ALLOWED_FOR_ROLE", new Text("your role may not move a project to " + target,
                    "您的角色无权将项目变更为 " + target));
        }
        ProjectJudgement j = judgements.of(p);
        if (!j.hasPack()) {
            throw packNotInForce(j.binding());
        }
        ApprovalIssuerPolicy.moveRefusal(j.pack(), target, user.roles()).ifPresent(r -> { // 立项 by its body (P10)
            throw new ForbiddenActionException(r.code(), new Text(r.messageEn(), r.messageZh()));
        });
        LocalDate on = target == Stage.APPROVED && entered == null
                ? ActDates.defaultApprovalDate(j.facts(), j.today()) : clock.actDate(entered, "on");
        List<StageTransition> history = projects.historyOf(List.of(p.id)).getOrDefault(p.id, List.of());
        ActDates.requireNotBeforePrevious(on, history, "on");
        Decision decision = StageGatePolicy.check(j.pack(), j.facts().asOf(on), target, on);
        if (decision instanceof Decision.Rejected rejected) {
            boolean onlyTheDate = StageGatePolicy.check(j.pack(), j.facts(), target, on) instanceof Decision.Allowed;
            throw new RuleViolationException(onlyTheDate ? "DATE_BEFORE_REQUIRED_ACTS" : "STAGE_TRANSITION_NOT_ALLOWED",
                    onlyTheDate ? new Text("on " + on + " the acts the move to " + target + " rests on had not happened"
                            + " yet; date the move on or after them", "截至 " + on + "，进入 " + target
                            + " 所依据的行为尚未发生，请将日期定为其后")
                            : new Text("moving " + p.localCode + " from " + p.stage + " to " + target + " is not allowed yet",
                            "项目 " + p.localCode + " 暂不能从 " + p.stage + " 变更为 " + target),
                    rejected.reasons().stream().map(Reasons::cited).toList());
        }
        guards.forEach(g -> g.check(p, target));
        Stage from = p.stage;
        p.moveTo(target, clock.now());
        changes.flush();
        changes.recordTransition(p, from, target, on, reason, documentIds);
        // Stamp the pack and its standing, so a move made under an expired pack says so (audit §3, issue #16).
        audit.record(p.id, "Project", p.id, "STAGE", user.username(), Map.of("from", from.name(), "to", target.name(),
                "effectiveOn", on.toString(), "pack", j.pack().id() + " v" + j.pack().version(),
                "packStatus", j.pack().statusOn(on).name()));
        changes.changed(p, "STAGE", from, target);
        return p;
    }

    /**
     * 申报 where the jurisdiction's last pack has expired and nothing succeeds it: refused, because no regulation in
     * force gives the gates to judge it by; the unit keeps its project in LIBRARY until an administrator publishes a
     * successor or an extension (docs/policy-packs.md "Succession", ADR 0007).
     */
    static RuleViolationException noSuccessor(PackBinding binding) {
        Pack pack = binding.pack();
        CitedReason reason = Reasons.cited("PACK_EXPIRED_NO_SUCCESSOR", binding.effectCite(), new Text(
                "policy pack " + pack.id() + " v" + pack.version() + " expired after " + pack.effectiveTo()
                        + " and no successor is in force on " + binding.on() + "; an administrator must publish a"
                        + " successor or an extension (uploadPolicyPack) before projects can be applied for",
                "政策包 " + pack.id() + " 第" + pack.version() + "版已于" + pack.effectiveTo() + "到期，" + binding.on()
                        + " 尚无后续办法施行；须由管理员发布后续办法或延期版本后方可申报"));
        return new RuleViolationException("POLICY_PACK_NOT_IN_FORCE", reason.message(), List.of(reason));
    }

    static RuleViolationException packNotInForce(PackBinding binding) {
        String status = binding.status().name();
        CitedReason reason = binding.pack() == null
                ? Reasons.cited("NO_POLICY_PACK", binding.outOfScope(), new Text(
                "no policy pack covers region " + binding.requestedRegionCode()
                        + (binding.outOfScope() == null ? "" : ": " + binding.outOfScope().render()
                        + " leaves it to its own measures"),
                "行政区划 " + binding.requestedRegionCode() + " 没有适用的政策包"
                        + (binding.outOfScope() == null ? "" : "（" + binding.outOfScope().render() + "：由其参照制定本级办法）")))
                : Reasons.cited("PACK_" + status, binding.effectCite(), new Text(
                "policy pack " + binding.pack().id() + " is " + status + " on " + binding.on(),
                "政策包 " + binding.pack().id() + " 在 " + binding.on() + " 的状态为 " + status));
        return new RuleViolationException("POLICY_PACK_NOT_IN_FORCE", reason.message(), List.of(reason));
    }
}
