package org.egov.itpm.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.common.RuleViolationException.CitedReason;
import org.egov.itpm.common.Text;
import org.egov.itpm.pack.PackRegistry;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.PackBinding;
import org.egov.itpm.policy.rules.Decision;
import org.egov.itpm.policy.rules.StageGatePolicy;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.StagePermissions;

/**
 * The stage machine. Every move checks the caller's role for the target stage, then the bound pack's gates
 * (all unmet reasons at once, cited), then writes the stage and an append-only history entry together.
 */
@ApplicationScoped
public class LifecycleService {

    private final ProjectService projects;
    private final ProjectFactsService facts;
    private final PackRegistry packs;
    private final AuditService audit;
    private final CurrentUser user;
    private final DocumentOwnership documents;

    @Inject
    public LifecycleService(ProjectService projects, ProjectFactsService facts, PackRegistry packs,
                            AuditService audit, CurrentUser user, DocumentOwnership documents) {
        this.documents = documents;
        this.projects = projects;
        this.facts = facts;
        this.packs = packs;
        this.audit = audit;
        this.user = user;
    }

    /** 申报: binds the pack in force in the project's jurisdiction today; an expired pack is refused, cited. */
    @Transactional
    public Project apply(UUID id, Integer expectedVersion) {
        Project p = projects.get(id);
        projects.checkVersion(p, expectedVersion);
        PackBinding binding = packs.bindingFor(p.regionCode, projects.today());
        if (!binding.isInForce()) {
            throw packNotInForce(binding);
        }
        p.policyPackId = binding.pack().id();
        p.policyPackVersion = binding.pack().version();
        p.appliedOn = projects.today();
        return move(p, Stage.APPLIED, "applied (申报) under " + binding.pack().id(), List.of());
    }

    /** Any move by id: forward along the lifecycle, or into a side state, or back from SUSPENDED. */
    @Transactional
    public Project moveTo(UUID id, Stage target, String reason, List<UUID> documentIds, Integer expectedVersion) {
        Project p = projects.get(id);
        projects.checkVersion(p, expectedVersion);
        List<UUID> cited = documentIds == null ? List.of() : List.copyOf(documentIds);
        documents.requireOwnDocuments(p.id, cited);
        return move(p, target, reason, cited);
    }

    /** Back from SUSPENDED to the stage it was suspended in. */
    @Transactional
    public Project resume(UUID id, String reason, Integer expectedVersion) {
        Project p = projects.get(id);
        projects.checkVersion(p, expectedVersion);
        if (p.stage != Stage.SUSPENDED || p.stageBeforeSuspension == null) {
            throw new ConflictException("PROJECT_NOT_SUSPENDED", new Text("project " + p.localCode + " is not suspended",
                    "项目 " + p.localCode + " 未处于暂停状态"));
        }
        return move(p, p.stageBeforeSuspension, reason, List.of());
    }

    /** Called when the first review of an APPLIED project opens. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enterReview(Project p, String reason) {
        move(p, Stage.IN_REVIEW, reason, List.of());
    }

    /** Administrator: judge the project by another pack version from now on (recorded in history and audit). */
    @Transactional
    public Project rebind(UUID id, String packId, int version, String reason) {
        Project p = projects.get(id);
        Pack pack = packs.find(packId, version).orElseThrow(() -> new org.egov.itpm.common.NotFoundException(
                "policy pack", packId + " v" + version));
        String from = p.policyPackId + " v" + p.policyPackVersion;
        p.policyPackId = pack.id();
        p.policyPackVersion = pack.version();
        audit.record(p.id, "Project", p.id, "REBIND_PACK", user.username(), Map.of("from", from, "to",
                pack.id() + " v" + pack.version(), "reason", reason == null ? "" : reason));
        return p;
    }

    /** The pack a project is judged by: its bound pack, or (before 申报) the one in force today. */
    public PackBinding bindingOf(Project p) {
        if (p.policyPackId != null) {
            Pack pack = packs.find(p.policyPackId, p.policyPackVersion).orElseThrow();
            return new PackBinding(pack, pack.statusOn(projects.today()), p.regionCode, projects.today());
        }
        return packs.bindingFor(p.regionCode, projects.today());
    }

    private Project move(Project p, Stage target, String reason, List<UUID> documentIds) {
        Stage roleStage = p.stage == Stage.SUSPENDED && target != Stage.TERMINATED ? Stage.SUSPENDED : target;
        if (!user.hasAnyRole(StagePermissions.rolesFor(roleStage))) {
            throw new ForbiddenActionException("STAGE_NOT_ALLOWED_FOR_ROLE", new Text("your role may not move a project to " + target,
                    "您的角色无权将项目变更为 " + target));
        }
        PackBinding binding = bindingOf(p);
        if (binding.pack() == null) {
            throw packNotInForce(binding);
        }
        Decision decision = StageGatePolicy.check(binding.pack(), facts.factsFor(p), target, projects.today());
        if (decision instanceof Decision.Rejected rejected) {
            throw new RuleViolationException("STAGE_TRANSITION_NOT_ALLOWED", new Text(
                    "moving " + p.localCode + " from " + p.stage + " to " + target + " is not allowed yet",
                    "项目 " + p.localCode + " 暂不能从 " + p.stage + " 变更为 " + target),
                    rejected.reasons().stream().map(Reasons::cited).toList());
        }
        Stage from = p.stage;
        p.moveTo(target, projects.now());
        projects.flush();
        projects.recordTransition(p, from, target, reason, documentIds);
        audit.record(p.id, "Project", p.id, "STAGE", user.username(), Map.of("from", from.name(), "to", target.name()));
        projects.changed(p, "STAGE", from, target);
        return p;
    }

    private static RuleViolationException packNotInForce(PackBinding binding) {
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
