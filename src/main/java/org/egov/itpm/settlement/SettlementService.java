package org.egov.itpm.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Money;
import org.egov.itpm.common.Text;
import org.egov.itpm.funding.FundingEntry;
import org.egov.itpm.funding.FundingService;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.project.StageTransition;
import org.egov.itpm.security.CurrentUser;

/**
 * The final settlement (决算) after final acceptance and the return of its surplus (jianshan-2024 item 22,
 * wushan-2022 art.19, qufu-2024 art.25, baotou-2024 art.20, jiangxi-2024 art.38), both recorded by the project's own
 * unit. The surplus is the funded amount (budget released, else the approved estimate) minus the settled amount.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SettlementService {

    static final int MAX_DOCUMENT_NUMBER = 100;
    static final int MAX_RETURNED_TO = 200;

    @Inject
    EntityManager em;
    @Inject
    ProjectService projects;
    @Inject
    FundingService funding;
    @Inject
    ProjectChanges changes;
    @Inject
    AuditService audit;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;
    @Inject
    BusinessClock businessClock;

    /** Input of {@link #settle}. */
    public record Settlement(LocalDate settledOn, BigDecimal amount, String documentNumber) {
    }

    /** Input of {@link #returnSurplus}. */
    public record Return(LocalDate returnedOn, BigDecimal amount, String returnedTo, String documentNumber) {
    }

    /** Records (or corrects, until a return is recorded) the final settlement. */
    @Transactional
    public FinalSettlement settle(UUID projectId, Settlement in) {
        Project p = projects.get(projectId);
        projects.requireOwnerUnit(p);
        LocalDate accepted = finalAcceptedOn(p);
        if (accepted == null || !(p.stage == Stage.FINAL_ACCEPTANCE || p.stage == Stage.OPERATION
                || p.stage == Stage.DECOMMISSIONED)) {
            throw new ConflictException("NOT_FINALLY_ACCEPTED", new Text("the final settlement follows final acceptance;"
                    + " project " + p.localCode + " is " + p.stage, "决算在竣工验收之后，项目 " + p.localCode + " 当前为 "
                    + p.stage));
        }
        BigDecimal funded = fundedAmount(p);
        List<FieldError> errors = new ArrayList<>();
        date(errors, "settledOn", in.settledOn());
        if (in.settledOn() != null && in.settledOn().isBefore(accepted)) {
            errors.add(new FieldError("settledOn", "BEFORE_FINAL_ACCEPTANCE", new Text("must not be before the final"
                    + " acceptance of " + accepted, "不得早于竣工验收日期 " + accepted)));
        }
        amount(errors, "amount", in.amount());
        if (errors.isEmpty() && in.amount().compareTo(funded) > 0) {
            errors.add(new FieldError("amount", "EXCEEDS_FUNDED", new Text("must not exceed the funded amount "
                    + funded.toPlainString(), "不得超过已安排资金 " + funded.toPlainString() + " 元")));
        }
        text(errors, "documentNumber", in.documentNumber(), MAX_DOCUMENT_NUMBER, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (em.find(SurplusReturn.class, p.id) != null) {
            throw new ConflictException("SURPLUS_ALREADY_RETURNED", new Text("the surplus of this settlement has been"
                    + " returned; the settlement can no longer be corrected", "该决算的结余资金已退回，不能再更正决算"));
        }
        FinalSettlement s = em.find(FinalSettlement.class, p.id);
        boolean fresh = s == null;
        if (fresh) {
            s = new FinalSettlement();
            s.projectId = p.id;
        }
        s.settledOn = in.settledOn();
        s.amount = Money.cny(in.amount());
        s.fundedAmount = funded;
        s.documentNumber = in.documentNumber().trim();
        s.recordedBy = user.username();
        s.recordedAt = clock.instant();
        if (fresh) {
            em.persist(s);
        }
        audit.record(p.id, "FinalSettlement", p.id, fresh ? "RECORD" : "CORRECT", user.username(), Map.of(
                "settledOn", s.settledOn.toString(), "amount", s.amount.toPlainString(), "funded",
                funded.toPlainString()));
        changes.changed(p.id, "SETTLEMENT");
        return s;
    }

    /** Records (or corrects) the return of the settlement's surplus. */
    @Transactional
    public SurplusReturn returnSurplus(UUID projectId, Return in) {
        Project p = projects.get(projectId);
        projects.requireOwnerUnit(p);
        FinalSettlement s = em.find(FinalSettlement.class, p.id);
        if (s == null) {
            throw new ConflictException("NO_SETTLEMENT", new Text("a surplus is returned after the final settlement is"
                    + " recorded", "须先登记决算，方可登记结余资金退回"));
        }
        BigDecimal surplus = s.surplus();
        if (surplus.signum() == 0) {
            throw new ConflictException("NO_SURPLUS", new Text("the final settlement leaves no surplus",
                    "决算无结余资金"));
        }
        List<FieldError> errors = new ArrayList<>();
        date(errors, "returnedOn", in.returnedOn());
        if (in.returnedOn() != null && in.returnedOn().isBefore(s.settledOn)) {
            errors.add(new FieldError("returnedOn", "BEFORE_SETTLEMENT", new Text("must not be before the final"
                    + " settlement of " + s.settledOn, "不得早于决算日期 " + s.settledOn)));
        }
        amount(errors, "amount", in.amount());
        if (errors.stream().noneMatch(e -> e.field().equals("amount"))) {
            if (in.amount().signum() == 0) {
                errors.add(new FieldError("amount", "NOT_POSITIVE", new Text("must be more than 0", "须大于0")));
            } else if (in.amount().compareTo(surplus) > 0) {
                errors.add(new FieldError("amount", "EXCEEDS_SURPLUS", new Text("must not exceed the surplus "
                        + surplus.toPlainString(), "不得超过结余资金 " + surplus.toPlainString() + " 元")));
            }
        }
        text(errors, "returnedTo", in.returnedTo(), MAX_RETURNED_TO, true);
        text(errors, "documentNumber", in.documentNumber(), MAX_DOCUMENT_NUMBER, false);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        SurplusReturn r = em.find(SurplusReturn.class, p.id);
        boolean fresh = r == null;
        if (fresh) {
            r = new SurplusReturn();
            r.projectId = p.id;
        }
        r.returnedOn = in.returnedOn();
        r.amount = Money.cny(in.amount());
        r.returnedTo = in.returnedTo().trim();
        r.documentNumber = in.documentNumber() == null ? null : in.documentNumber().trim();
        r.recordedBy = user.username();
        r.recordedAt = clock.instant();
        if (fresh) {
            em.persist(r);
        }
        audit.record(p.id, "SurplusReturn", p.id, fresh ? "RECORD" : "CORRECT", user.username(), Map.of(
                "returnedOn", r.returnedOn.toString(), "amount", r.amount.toPlainString()));
        changes.changed(p.id, "SURPLUS_RETURN");
        return r;
    }

    public Map<UUID, FinalSettlement> settlementsOf(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Map.of() : em.createQuery("select s from FinalSettlement s"
                        + " where s.projectId in :ids", FinalSettlement.class).setParameter("ids", projectIds)
                .getResultList().stream().collect(Collectors.toMap(s -> s.projectId, s -> s));
    }

    public Map<UUID, SurplusReturn> returnsOf(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Map.of() : em.createQuery("select r from SurplusReturn r"
                        + " where r.projectId in :ids", SurplusReturn.class).setParameter("ids", projectIds)
                .getResultList().stream().collect(Collectors.toMap(r -> r.projectId, r -> r));
    }

    /** The budget released (sum of BUDGET entries), else the approved estimate. */
    private BigDecimal fundedAmount(Project p) {
        BigDecimal budgets = funding.byProjects(List.of(p.id)).getOrDefault(p.id, List.of()).stream()
                .filter(f -> f.kind == FundingEntry.Kind.BUDGET).map(f -> f.amount).reduce(BigDecimal.ZERO,
                        BigDecimal::add);
        BigDecimal funded = budgets.signum() > 0 ? budgets : p.approvedEstimate;
        if (funded == null) {
            throw new ConflictException("NOTHING_FUNDED", new Text("project " + p.localCode + " has neither a budget"
                    + " entry nor an approved estimate to settle against", "项目 " + p.localCode
                    + " 既无预算下达记录也无批复概算，无法计算结余"));
        }
        return Money.cny(funded);
    }

    private LocalDate finalAcceptedOn(Project p) {
        return projects.historyOf(List.of(p.id)).getOrDefault(p.id, List.of()).stream()
                .filter(t -> t.toStage == Stage.FINAL_ACCEPTANCE).map(t -> t.effectiveOn).findFirst().orElse(null);
    }

    private void date(List<FieldError> errors, String field, LocalDate on) {
        if (on == null) {
            errors.add(new FieldError(field, "REQUIRED", new Text("is required", "为必填项")));
        } else if (on.isAfter(businessClock.today())) {
            errors.add(new FieldError(field, "DATE_IN_FUTURE", new Text("must not be in the future", "不得晚于今天")));
        }
    }

    private static void amount(List<FieldError> errors, String field, BigDecimal amount) {
        if (amount == null) {
            errors.add(new FieldError(field, "REQUIRED", new Text("is required", "为必填项")));
        }
        Money.check(amount).ifPresent(t -> errors.add(new FieldError(field, "INVALID_MONEY", t)));
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "REQUIRED", new Text("is required", "为必填项")));
            }
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "TOO_LONG", new Text("must be at most " + max + " characters",
                    "最多" + max + "个字符")));
        }
    }
}
