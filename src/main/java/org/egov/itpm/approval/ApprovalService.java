package org.egov.itpm.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
import org.egov.itpm.common.ForbiddenActionException;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Money;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.rules.ApprovalIssuerPolicy;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectJudgements;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.Roles;

/** Recording approval documents. An approved budget estimate sets the project's 概算. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApprovalService {

    private final ApprovalRepository approvals;
    private final ProjectService projects;
    private final ProjectChanges changes;
    private final ProjectJudgements judgements;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    @Inject
    public ApprovalService(ApprovalRepository approvals, ProjectService projects, ProjectChanges changes,
                           ProjectJudgements judgements, AuditService audit, CurrentUser user, Clock clock) {
        this.approvals = approvals;
        this.projects = projects;
        this.changes = changes;
        this.judgements = judgements;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Records an approval; repeating the same (kind, 文号) with the same content is a no-op. Only the body the bound
     * pack gives the kind to records it ({@link #requireIssuer}).
     */
    @Transactional
    public Approval record(UUID projectId, ApprovalInput in) {
        refuseChangeApproval(in);
        validate(in);
        requireIssuer(projects.get(projectId), in.kind);
        return record(projectId, in, "RECORD", Map.of());
    }

    /**
     * Refuses a caller whose role is not the body that issues {@code kind} under the project's pack (audit P10:
     * e.g. jiangxi-2024 art.20, the NDRC's 批复), with APPROVAL_NOT_ALLOWED_FOR_ROLE naming the issuer and the
     * article. A pack that names no issuer for the kind leaves it to either approver.
     */
    public void requireIssuer(Project project, ApprovalKind kind) {
        Pack pack = judgements.bindingOf(project).pack();
        if (pack == null) {
            return;
        }
        ApprovalIssuerPolicy.refusal(pack, kind, user.roles()).ifPresent(r -> {
            throw new ForbiddenActionException(r.code(), new Text(r.messageEn(), r.messageZh()));
        });
    }

    /**
     * Records the CHANGE_APPROVAL (调整批复) of change request {@code changeId}, for the change feature once it has
     * checked the re-approval may be given. It does not move the approved estimate: the change does, on approval.
     * Repeating the same 文号 for another change, or approving a change twice, is APPROVAL_CONFLICT.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Approval recordForChange(UUID projectId, UUID changeId, ApprovalInput in) {
        if (in.kind != ApprovalKind.CHANGE_APPROVAL || changeId == null) {
            throw new IllegalArgumentException("a change approval is of kind CHANGE_APPROVAL and names its change");
        }
        if (!approvals.byChanges(List.of(changeId)).isEmpty()) {
            throw new ConflictException("APPROVAL_CONFLICT", new Text("this change request is already approved",
                    "该调整申请已有批复"));
        }
        validate(in);
        if (approvals.byNaturalKey(projectId, in.kind, in.documentNumber.trim()).isPresent()) {
            throw new ConflictException("APPROVAL_CONFLICT", new Text("approval " + in.documentNumber.trim()
                    + " is already recorded for another change request", "批复 " + in.documentNumber.trim()
                    + " 已登记于其他调整申请"));
        }
        return record(projectId, in, "RECORD_FOR_CHANGE", Map.of("changeRequest", changeId.toString()), changeId);
    }

    /**
     * Records an approval result a provincial platform pushed, on behalf of the issuing body named in
     * {@code in}: the people who approve (AA, N) never see it, so the platform role is checked here instead of
     * on a GraphQL operation. Same idempotency as {@link #record(UUID, ApprovalInput)}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Approval recordFromPlatform(UUID projectId, ApprovalInput in, String approvalItemId) {
        if (!user.hasRole(Roles.PLATFORM)) {
            throw new ForbiddenActionException("FORBIDDEN", new Text("only a provincial platform pushes approval results",
                    "仅省级平台可推送审批结果"));
        }
        refuseChangeApproval(in);
        return record(projectId, in, "RECORD_FROM_PLATFORM", Map.of("approvalItemId", approvalItemId));
    }

    /** A CHANGE_APPROVAL belongs to a change request: decideChange records it, after the checks the change needs. */
    private static void refuseChangeApproval(ApprovalInput in) {
        if (in.kind == ApprovalKind.CHANGE_APPROVAL) {
            throw InvalidInputException.of("kind", "CHANGE_APPROVAL_VIA_DECIDE_CHANGE", "a CHANGE_APPROVAL approves one"
                    + " change request: the authority records it with decideChange", "调整批复针对某一调整申请，须通过"
                    + " decideChange 登记");
        }
    }

    private Approval record(UUID projectId, ApprovalInput in, String action, Map<String, String> extra) {
        return record(projectId, in, action, extra, null);
    }

    private Approval record(UUID projectId, ApprovalInput in, String action, Map<String, String> extra,
                            UUID changeId) {
        validate(in);
        Project project = projects.get(projectId);
        if (project.stage.ordinal() < Stage.APPLIED.ordinal() || project.stage.isClosed()) {
            throw new ConflictException("APPROVAL_NOT_ALLOWED", new Text("approvals are recorded for applied,"
                    + " open projects; this one is " + project.stage, "仅可为已申报且未关闭的项目登记批复，当前阶段为 "
                    + project.stage));
        }
        var existing = approvals.byNaturalKey(projectId, in.kind, in.documentNumber.trim());
        if (existing.isPresent()) {
            return sameOrConflict(existing.get(), in);
        }
        Approval a = new Approval();
        a.id = UUID.randomUUID();
        a.projectId = projectId;
        a.kind = in.kind;
        a.documentNumber = in.documentNumber.trim();
        a.approvedOn = in.approvedOn;
        a.approvedAmount = Money.cny(in.approvedAmount);
        a.issuingBody = in.issuingBody.trim();
        a.recordedBy = user.username();
        a.recordedAt = clock.instant();
        a.changeRequestId = changeId;
        approvals.persist(a);
        if (a.approvedAmount != null && (in.kind == ApprovalKind.BUDGET_ESTIMATE || project.approvedEstimate == null
                && in.kind == ApprovalKind.FEASIBILITY_STUDY)) {
            projects.setApprovedEstimate(project, a.approvedAmount, "approval " + a.documentNumber);
        }
        Map<String, String> details = new LinkedHashMap<>(extra);
        details.put("kind", a.kind.name());
        details.put("documentNumber", a.documentNumber);
        details.put("issuingBody", a.issuingBody);
        audit.record(projectId, "Approval", a.id, action, user.username(), details);
        changes.changed(projectId, "APPROVAL");
        return a;
    }

    /** The CHANGE_APPROVAL of each change request that has one. */
    public Map<UUID, Approval> byChanges(Collection<UUID> changeIds) {
        return approvals.byChanges(changeIds).stream().collect(Collectors.toMap(a -> a.changeRequestId, a -> a));
    }

    public Map<UUID, List<Approval>> byProjects(Collection<UUID> projectIds) {
        return approvals.byProjects(projectIds).stream()
                .collect(Collectors.groupingBy(a -> a.projectId, LinkedHashMap::new, Collectors.toList()));
    }

    private static Approval sameOrConflict(Approval existing, ApprovalInput in) {
        boolean same = existing.approvedOn.equals(in.approvedOn)
                && (existing.approvedAmount == null ? in.approvedAmount == null
                : in.approvedAmount != null && existing.approvedAmount.compareTo(in.approvedAmount) == 0);
        if (!same) {
            throw new ConflictException("APPROVAL_CONFLICT", new Text("approval " + existing.documentNumber
                    + " is already recorded with a different date or amount", "批复 " + existing.documentNumber
                    + " 已登记，但日期或金额不同"));
        }
        return existing;
    }

    private static void validate(ApprovalInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.kind == null) errors.add(required("kind"));
        if (in.documentNumber == null || in.documentNumber.isBlank()) errors.add(required("documentNumber"));
        if (in.approvedOn == null) errors.add(required("approvedOn"));
        if (in.issuingBody == null || in.issuingBody.isBlank()) errors.add(required("issuingBody"));
        Money.check(in.approvedAmount).ifPresent(t -> errors.add(new FieldError("approvedAmount", "INVALID_MONEY", t)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static FieldError required(String field) {
        return new FieldError(field, "REQUIRED", new Text("is required", "为必填项"));
    }
}
