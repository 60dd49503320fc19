package org.egov.itpm.change;

import org.egov.itpm.common.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import org.egov.itpm.approval.Approval;
import org.egov.itpm.approval.ApprovalInput;
import org.egov.itpm.approval.ApprovalService;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Money;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.common.Text;
import org.egov.itpm.compliance.ChangeEvaluation;
import org.egov.itpm.organisation.OrganisationService;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.ChangeReason;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.rules.ChangeDecision;
import org.egov.itpm.policy.rules.ChangeOutcome;
import org.egov.itpm.policy.rules.ChangePolicy;
import org.egov.itpm.project.DeclarationService;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectFact;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectJudgements;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.project.Reasons;
import org.egov.itpm.review.ChangeReviewGate;
import org.egov.itpm.review.Review;
import org.egov.itpm.review.ReviewService;
import org.egov.itpm.review.ReviewStatus;
import org.egov.itpm.security.CurrentUser;

/**
 * Change requests. The bound pack's {@link ChangePolicy} decides FILING or RE_APPROVAL when the request is made;
 * a FILING change is approved when the unit files it (备案), a RE_APPROVAL change when the authority approves it:
 * after a passed CHANGE_REVIEW round of the change when the pack makes the re-approval rest on an expert review,
 * and always with a CHANGE_APPROVAL approval record (文号, amount) linked to the change. Only an approved change
 * moves the approved estimate ({@link ProjectService#setApprovedEstimate}). See
 * docs/adr/0004-change-re-approval-round.md.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeService implements ChangeReviewGate {

    @Inject
    EntityManager em;
    @Inject
    ProjectService projects;
    @Inject
    ProjectChanges changes;
    @Inject
    ChangeEvaluation evaluation;
    @Inject
    DeclarationService declarations;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;
    @Inject
    BusinessClock businessClock;
    @Inject
    ProjectJudgements judgements;
    @Inject
    ReviewService reviews;
    @Inject
    ApprovalService approvals;
    @Inject
    OrganisationService organisations;

    /** Input of {@link #request}. */
    public record Request(String description, BigDecimal addedAmount, BigDecimal removedAmount,
                          BigDecimal newContentAmount, BigDecimal tenderSavings, BigDecimal proposedTotal,
                          Boolean objectiveUnchanged, Boolean majorChange, ChangeReason reason,
                          LocalDate requestedOn) {
    }

    @Transactional
    public ChangeRequest request(UUID projectId, Request in) {
        validate(in);
        Project p = projects.get(projectId);
        boolean open = p.stage.isCanonical() && p.stage.ordinal() >= Stage.APPROVED.ordinal()
                && p.stage.ordinal() <= Stage.FINAL_ACCEPTANCE.ordinal() || p.stage == Stage.SUSPENDED;
        if (!open) {
            throw new ConflictException("CHANGE_NOT_ALLOWED", new Text("changes to approved content are requested"
                    + " between approval and final acceptance; this project is " + p.stage,
                    "批复后至竣工验收前方可申请调整，当前阶段为 " + p.stage));
        }
        Pack pack = evaluation.packOf(p);
        LocalDate requestedOn = dateOrToday(in.requestedOn(), "requestedOn");
        LocalDate approvedOn = judgements.of(p).facts().approvedOn();
        if (approvedOn != null && requestedOn.isBefore(approvedOn)) {
            throw InvalidInputException.of("requestedOn", "BEFORE_APPROVAL", "a change of approved content is"
                    + " requested after the 立项 of " + approvedOn, "调整申请不得早于立项（" + approvedOn + "）");
        }
        BigDecimal estimate = Money.cny(ChangeEvaluation.estimateOf(p));
        ChangeRequest c = new ChangeRequest();
        c.id = UUID.randomUUID();
        c.projectId = p.id;
        c.seq = nextSeq(p.id);
        c.description = in.description().trim();
        c.addedAmount = cny(in.addedAmount());
        c.removedAmount = cny(in.removedAmount());
        c.newContentAmount = cny(in.newContentAmount());
        c.tenderSavings = cny(in.tenderSavings());
        c.approvedEstimate = estimate;
        c.proposedTotal = in.proposedTotal() == null ? estimate : Money.cny(in.proposedTotal());
        c.objectiveUnchanged = !Boolean.FALSE.equals(in.objectiveUnchanged());
        c.majorChange = Boolean.TRUE.equals(in.majorChange());
        c.reason = in.reason();
        ChangeDecision d = ChangePolicy.evaluate(pack, c.facts());
        c.outcome = d.outcome();
        c.arithmetic = String.join("\n", d.lines());
        c.reasons = StoredReason.encode(d.reasons());
        c.reviewReason = d.reviewBeforeApproval() == null ? "" : StoredReason.encode(d.reviewBeforeApproval());
        c.packId = pack.id();
        c.packVersion = pack.version();
        c.status = d.outcome() == ChangeOutcome.FILING ? ChangeRequest.Status.AWAITING_FILING
                : ChangeRequest.Status.AWAITING_APPROVAL;
        c.requestedBy = user.username();
        c.requestedAt = clock.instant();
        c.requestedOn = requestedOn;
        em.persist(c);
        audit.record(p.id, "ChangeRequest", c.id, "REQUEST", user.username(), Map.of("seq", c.seq, "outcome",
                c.outcome.name()));
        changes.changed(p.id, "CHANGE_REQUEST");
        return c;
    }

    /** 备案: the unit files a FILING change; it is approved on filing. A RE_APPROVAL change is refused, cited. */
    @Transactional
    public ChangeRequest file(UUID changeId, LocalDate filedOn, String reference) {
        ChangeRequest c = get(changeId);
        Project p = projects.get(c.projectId);
        if (c.status == ChangeRequest.Status.AWAITING_APPROVAL) {
            List<RuleViolationException.CitedReason> reasons = ChangePolicy.evaluate(evaluation.packOf(p), c.facts())
                    .reasons().stream().map(Reasons::cited).toList();
            throw new RuleViolationException("CHANGE_NEEDS_RE_APPROVAL", new Text("change " + c.seq
                    + " cannot be made by filing; the approving authority must approve it",
                    "调整申请 " + c.seq + " 不能以备案方式调整，须报审批部门重新审批"), reasons);
        }
        requireStatus(c, ChangeRequest.Status.AWAITING_FILING);
        LocalDate on = notBeforeRequest(c, dateOrToday(filedOn, "filedOn"), "filedOn");
        c.status = ChangeRequest.Status.APPROVED;
        c.decidedOn = on;
        c.decidedBy = user.username();
        c.documentNumber = reference;
        applyEstimate(p, c, c.proposedTotal);
        declarations.declare(p.id, ProjectFact.Category.PLATFORM_FILING, PlatformFiling.CHANGE, on, reference,
                "change " + c.seq);
        audit.record(p.id, "ChangeRequest", c.id, "FILE", user.username(), Map.of("seq", c.seq));
        changes.changed(p.id, "CHANGE_REQUEST");
        return c;
    }

    /** The authority's decision on a RE_APPROVAL change (see {@link #decide}). */
    public record Decision(boolean approved, String documentNumber, LocalDate decidedOn, String note,
                           BigDecimal approvedAmount, String issuingBody) {
    }

    /**
     * The approving authority approves or rejects a RE_APPROVAL change; where the pack names who re-approves
     * (qufu-2024 art.33), only that body decides (APPROVAL_NOT_ALLOWED_FOR_ROLE). Either is refused while a review round of
     * the change is open. Approving needs the 文号 and, when the pack makes the re-approval rest on an expert review,
     * a passed CHANGE_REVIEW round (else CHANGE_REVIEW_REQUIRED, cited); it records the CHANGE_APPROVAL (amount:
     * {@code approvedAmount}, default the proposed total) and moves the approved estimate to that amount.
     */
    @Transactional
    public ChangeRequest decide(UUID changeId, Decision in) {
        ChangeRequest c = get(changeId);
        Project p = projects.get(c.projectId);
        approvals.requireIssuer(p, ApprovalKind.CHANGE_APPROVAL);
        requireStatus(c, ChangeRequest.Status.AWAITING_APPROVAL);
        List<Review> rounds = reviews.byChanges(List.of(c.id)).getOrDefault(c.id, List.of());
        Review latest = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        if (latest != null && latest.isOpen()) {
            throw new ConflictException("CHANGE_REVIEW_OPEN", new Text("review round " + latest.round + " of change "
                    + c.seq + " is still open; conclude it first", "调整申请 " + c.seq + " 的第" + latest.round
                    + "轮评审尚未结束，请先作出评审结论"));
        }
        LocalDate on = notBeforeRequest(c, dateOrToday(in.decidedOn(), "decidedOn"), "decidedOn");
        c.status = in.approved() ? ChangeRequest.Status.APPROVED : ChangeRequest.Status.REJECTED;
        c.decidedOn = on;
        c.decidedBy = user.username();
        c.documentNumber = in.documentNumber();
        c.decisionNote = in.note();
        if (in.approved()) {
            Approval approval = approve(p, c, latest, in, on);
            c.documentNumber = approval.documentNumber;
            applyEstimate(p, c, approval.approvedAmount);
        }
        audit.record(p.id, "ChangeRequest", c.id, in.approved() ? "APPROVE" : "REJECT", user.username(),
                Map.of("seq", c.seq));
        changes.changed(p.id, "CHANGE_REQUEST");
        return c;
    }

    private Approval approve(Project p, ChangeRequest c, Review latest, Decision in, LocalDate on) {
        List<FieldError> errors = new ArrayList<>();
        if (in.documentNumber() == null || in.documentNumber().isBlank()) {
            errors.add(new FieldError("documentNumber", "REQUIRED", new Text("an approval needs its 文号", "批复须填写文号")));
        }
        money(errors, "approvedAmount", in.approvedAmount());
        if (in.approvedAmount() != null && in.approvedAmount().signum() == 0) {
            errors.add(new FieldError("approvedAmount", "ZERO_ESTIMATE", new Text("must be greater than zero", "须大于零")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!c.reviewReason.isEmpty()) {
            if (latest == null || latest.status != ReviewStatus.PASSED) {
                List<RuleViolationException.CitedReason> reasons = new ArrayList<>();
                StoredReason.decode(c.reasons).forEach(r -> reasons.add(r.cited()));
                StoredReason.decode(c.reviewReason).forEach(r -> reasons.add(r.cited()));
                throw new RuleViolationException("CHANGE_REVIEW_REQUIRED", latest == null
                        ? new Text("change " + c.seq + " is re-approved only after a review round of it has passed;"
                        + " the authority opens one with openReview(type: CHANGE_REVIEW, changeId)",
                        "调整申请 " + c.seq + " 须先经调整评审通过方可重新批复，请先发起调整评审")
                        : new Text("the latest review round of change " + c.seq + " was rejected; resubmit the round"
                        + " or reject the change", "调整申请 " + c.seq + " 最近一轮评审未通过，可重新提交评审或不予批准"),
                        reasons);
            }
            LocalDate concluded = latest.concludedOn;
            if (on.isBefore(concluded)) {
                throw InvalidInputException.of("decidedOn", "BEFORE_REVIEW", "the re-approval cannot precede the review"
                        + " it rests on (concluded on " + concluded + ")", "批复日期不得早于评审结论日期 " + concluded);
            }
        }
        ApprovalInput a = new ApprovalInput();
        a.kind = ApprovalKind.CHANGE_APPROVAL;
        a.documentNumber = in.documentNumber();
        a.approvedOn = on;
        a.approvedAmount = in.approvedAmount() == null ? c.proposedTotal : in.approvedAmount();
        a.issuingBody = in.issuingBody() == null || in.issuingBody().isBlank() ? issuingBodyOf(p) : in.issuingBody();
        return approvals.recordForChange(p.id, c.id, a);
    }

    /** The approver's organisation, else the approving department of the pack's jurisdiction. */
    private String issuingBodyOf(Project p) {
        return organisations.byCreditCode(user.orgCode()).map(o -> o.name)
                .orElseGet(() -> evaluation.packOf(p).jurisdiction().name() + "项目审批部门");
    }

    /** {@link ChangeReviewGate}: a CHANGE_REVIEW round may open while the change awaits a re-approval that needs one. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireReviewable(UUID projectId, UUID changeId) {
        ChangeRequest c = em.find(ChangeRequest.class, changeId);
        if (c == null || !c.projectId.equals(projectId)) {
            throw new NotFoundException("change request", changeId);
        }
        requireStatus(c, ChangeRequest.Status.AWAITING_APPROVAL);
        if (c.reviewReason.isEmpty()) {
            throw new ConflictException("CHANGE_REVIEW_NOT_NEEDED", new Text("change " + c.seq + " is decided by the"
                    + " authority without a review round (its pack sets none)", "调整申请 " + c.seq
                    + " 由审批部门直接决定，无需评审"));
        }
        // A round opening and the decision racing each other: the loser gets CONCURRENT_MODIFICATION.
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public ChangeRequest get(UUID changeId) {
        ChangeRequest c = em.find(ChangeRequest.class, changeId);
        if (c == null) {
            throw new NotFoundException("change request", changeId);
        }
        projects.get(c.projectId);
        return c;
    }

    public Map<UUID, ChangeRequest> byIds(Collection<UUID> changeIds) {
        return changeIds.isEmpty() ? Map.of() : em.createQuery("select c from ChangeRequest c where c.id in :ids",
                        ChangeRequest.class).setParameter("ids", changeIds).getResultList().stream()
                .collect(Collectors.toMap(c -> c.id, c -> c));
    }

    public Map<UUID, List<ChangeRequest>> byProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Map.of() : em.createQuery("select c from ChangeRequest c where c.projectId in :ids"
                        + " order by c.seq", ChangeRequest.class).setParameter("ids", projectIds).getResultList().stream()
                .collect(Collectors.groupingBy(c -> c.projectId, LinkedHashMap::new, Collectors.toList()));
    }

    /** An approved change sets the approved estimate to {@code total} when that differs. */
    private void applyEstimate(Project p, ChangeRequest c, BigDecimal total) {
        BigDecimal current = ChangeEvaluation.estimateOf(p);
        if (p.approvedEstimate == null || current.compareTo(total) != 0) {
            projects.setApprovedEstimate(p, total, "change request " + c.seq);
        }
    }

    private static void requireStatus(ChangeRequest c, ChangeRequest.Status wanted) {
        if (c.status != wanted) {
            throw new ConflictException("CHANGE_NOT_PENDING", new Text("change " + c.seq + " is " + c.status
                    + ", not " + wanted, "调整申请 " + c.seq + " 当前状态为 " + c.status));
        }
    }

    private static LocalDate notBeforeRequest(ChangeRequest c, LocalDate on, String field) {
        if (on.isBefore(c.requestedOn)) {
            throw InvalidInputException.of(field, "BEFORE_REQUEST", "must not be before the request of "
                    + c.requestedOn, "不得早于调整申请日期（" + c.requestedOn + "）");
        }
        return on;
    }

    private LocalDate dateOrToday(LocalDate d, String field) {
        return businessClock.actDate(d, field);
    }

    private int nextSeq(UUID projectId) {
        Integer max = em.createQuery("select max(c.seq) from ChangeRequest c where c.projectId = :p", Integer.class)
                .setParameter("p", projectId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static BigDecimal cny(BigDecimal v) {
        return Money.cny(v == null ? BigDecimal.ZERO : v);
    }

    private static void validate(Request in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.description() == null || in.description().isBlank()) {
            errors.add(new FieldError("description", "REQUIRED", new Text("is required", "为必填项")));
        }
        if (in.reason() == null) {
            errors.add(new FieldError("reason", "REQUIRED", new Text("is required", "为必填项")));
        }
        money(errors, "addedAmount", in.addedAmount());
        money(errors, "removedAmount", in.removedAmount());
        money(errors, "newContentAmount", in.newContentAmount());
        money(errors, "tenderSavings", in.tenderSavings());
        money(errors, "proposedTotal", in.proposedTotal());
        BigDecimal added = in.addedAmount() == null ? BigDecimal.ZERO : in.addedAmount();
        if (in.newContentAmount() != null && in.newContentAmount().compareTo(added) > 0) {
            errors.add(new FieldError("newContentAmount", "EXCEEDS_ADDED", new Text(
                    "is the part of the added amount outside the approved list; it cannot exceed addedAmount",
                    "为新增金额中超出批复清单的部分，不得大于 addedAmount")));
        }
        BigDecimal removed = in.removedAmount() == null ? BigDecimal.ZERO : in.removedAmount();
        if (in.tenderSavings() != null && in.tenderSavings().compareTo(removed) > 0) {
            errors.add(new FieldError("tenderSavings", "EXCEEDS_REMOVED", new Text(
                    "is the part of the removed amount that is tender savings; it cannot exceed removedAmount",
                    "为核减金额中属于招标节余的部分，不得大于 removedAmount")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void money(List<FieldError> errors, String field, BigDecimal v) {
        Money.check(v).ifPresent(t -> errors.add(new FieldError(field, "INVALID_MONEY", t)));
    }
}
