package org.egov.itpm.funding;

import org.egov.itpm.common.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Money;
import org.egov.itpm.common.Text;
import org.egov.itpm.common.RuleViolationException;
import org.egov.itpm.pack.PackRegistry;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.policy.rules.FundingEntryPolicy;
import org.egov.itpm.policy.rules.Reason;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.Reasons;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.Roles;

/** Annual plan and budget entries; one per project, year and kind. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FundingService {

    @Inject
    EntityManager em;
    @Inject
    ProjectService projects;
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
    @Inject
    org.egov.itpm.oversight.EscalationService suspensions;
    @Inject
    org.egov.itpm.operation.OmFundingGate omFunding;
    @Inject
    PackRegistry packs;

    /** Input of {@link #add}. */
    public record Entry(int year, FundingEntry.Kind kind, BigDecimal amount, String documentNumber) {
    }

    @Transactional
    public FundingEntry add(UUID projectId, Entry in) {
        validate(in);
        if (in.kind() == FundingEntry.Kind.BUDGET && !user.hasRole(Roles.FINANCE_OFFICER)
                || in.kind() == FundingEntry.Kind.ANNUAL_PLAN && !user.hasRole(Roles.NDRC_APPROVER)) {
            throw new org.egov.itpm.common.ForbiddenActionException("FUNDING_KIND_NOT_ALLOWED_FOR_ROLE", new Text(
                    "annual plans are entered by the NDRC, budgets by the finance bureau",
                    "年度投资计划由发展改革部门录入，预算由财政部门录入"));
        }
        Project p = projects.get(projectId);
        suspensions.fundingSuspension(p.id).ifPresent(refusal -> {
            throw refusal;
        });
        omFunding.requireEligible(p);
        if (in.kind() == FundingEntry.Kind.ANNUAL_PLAN) {
            requirePlanAllowed(p);
        } else {
            requireBudgetAsPlanned(p, in);
        }
        boolean exists = !em.createQuery("select f from FundingEntry f where f.projectId = :p and f.year = :y"
                        + " and f.kind = :k", FundingEntry.class).setParameter("p", p.id).setParameter("y", in.year())
                .setParameter("k", in.kind()).getResultList().isEmpty();
        if (exists) {
            throw new ConflictException("FUNDING_ENTRY_EXISTS", new Text("a " + in.kind() + " entry for " + in.year()
                    + " already exists", in.year() + "年的" + in.kind() + "条目已存在"));
        }
        FundingEntry f = new FundingEntry();
        f.id = UUID.randomUUID();
        f.projectId = p.id;
        f.year = in.year();
        f.kind = in.kind();
        f.amount = Money.cny(in.amount());
        f.documentNumber = in.documentNumber();
        f.enteredBy = user.username();
        f.enteredAt = clock.instant();
        em.persist(f);
        audit.record(p.id, "FundingEntry", f.id, "ADD", user.username(), Map.of("year", f.year, "kind", f.kind.name(),
                "amount", f.amount.toPlainString()));
        changes.changed(p.id, "FUNDING");
        return f;
    }

    /** The project's pack: the bound one, else the one in force for its region today. */
    private Optional<Pack> packOf(Project p) {
        return p.policyPackId == null || p.policyPackVersion == null
                ? Optional.ofNullable(packs.catalog().bindingFor(p.regionCode, businessClock.today()).pack())
                : packs.find(p.policyPackId, p.policyPackVersion);
    }

    private static ProjectFacts factsOf(Project p) {
        return ProjectFactsBuilder.project(p.id.toString(), p.regionCode).kind(p.kind).funding(p.fundingSource)
                .stage(p.stage).suspendedFrom(p.stageBeforeSuspension).estimated(p.estimatedInvestment)
                .approvedEstimate(p.approvedEstimate).build();
    }

    /** wushan-2022 art.10: a budget only for a year of the annual plan, of the plan's amount. */
    private void requireBudgetAsPlanned(Project p, Entry in) {
        packOf(p).ifPresent(pack -> {
            BigDecimal planned = em.createQuery("select f.amount from FundingEntry f where f.projectId = :p"
                            + " and f.year = :y and f.kind = :k", BigDecimal.class).setParameter("p", p.id)
                    .setParameter("y", in.year()).setParameter("k", FundingEntry.Kind.ANNUAL_PLAN)
                    .getResultList().stream().findFirst().orElse(null);
            List<Reason> refusals = FundingEntryPolicy.budgetRefusals(pack, factsOf(p), in.year(), planned,
                    Money.cny(in.amount()));
            if (!refusals.isEmpty()) {
                throw new RuleViolationException("BUDGET_NOT_AS_PLANNED", new Text("the budget must follow the year's"
                        + " annual investment plan, project and amount", "预算须与年度投资计划的项目和金额保持一致"),
                        refusals.stream().map(Reasons::cited).toList());
            }
        });
    }

    /** The pack may refuse a plan entry before a stage (wushan-2022 art.21: not before the 批复, i.e. 立项). */
    private void requirePlanAllowed(Project p) {
        packOf(p).ifPresent(pack -> {
            List<Reason> refusals = FundingEntryPolicy.planRefusals(pack, factsOf(p));
            if (!refusals.isEmpty()) {
                throw new RuleViolationException("ANNUAL_PLAN_BEFORE_APPROVAL", new Text("the project cannot be entered"
                        + " in the annual investment plan before its approval (立项)", "项目立项批复前不得纳入年度投资计划"),
                        refusals.stream().map(Reasons::cited).toList());
            }
        });
    }

    /**
     * Records the signed and filed 项目建设主体责任书 (Qufu art.24: after the budget is released); recording it again
     * replaces the dates (a correction, audited).
     */
    @Transactional
    public ResponsibilityLetter recordResponsibilityLetter(UUID projectId, java.time.LocalDate signedOn,
                                                           java.time.LocalDate filedOn, String reference) {
        Project p = projects.get(projectId);
        List<FieldError> errors = new ArrayList<>();
        if (signedOn == null) errors.add(new FieldError("signedOn", "REQUIRED", new Text("is required", "为必填项")));
        if (filedOn == null) errors.add(new FieldError("filedOn", "REQUIRED", new Text("is required", "为必填项")));
        if (signedOn != null && filedOn != null && filedOn.isBefore(signedOn)) {
            errors.add(new FieldError("filedOn", "BEFORE_SIGNING", new Text("is filed after it is signed", "须在签署后备案")));
        }
        if (filedOn != null && filedOn.isAfter(businessClock.today())) {
            errors.add(new FieldError("filedOn", "DATE_IN_FUTURE", new Text("must not be in the future", "不得晚于今天")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean funded = p.stage.isCanonical() && p.stage.ordinal() >= org.egov.itpm.policy.Stage.FUNDED.ordinal()
                || p.stage == org.egov.itpm.policy.Stage.SUSPENDED;
        if (!funded || p.stage.isClosed()) {
            throw new ConflictException("NOT_YET_FUNDED", new Text("the responsibility letter follows the budget"
                    + " release (FUNDED); this project is " + p.stage, "项目预算下达后方可签署责任书，当前阶段为 " + p.stage));
        }
        ResponsibilityLetter r = em.find(ResponsibilityLetter.class, p.id);
        boolean fresh = r == null;
        if (fresh) {
            r = new ResponsibilityLetter();
            r.projectId = p.id;
        }
        r.signedOn = signedOn;
        r.filedOn = filedOn;
        r.reference = reference;
        r.recordedBy = user.username();
        r.recordedAt = clock.instant();
        if (fresh) {
            em.persist(r);
        }
        audit.record(p.id, "ResponsibilityLetter", p.id, "RECORD", user.username(), Map.of("signedOn",
                signedOn.toString(), "filedOn", filedOn.toString()));
        changes.changed(p.id, "RESPONSIBILITY_LETTER");
        return r;
    }

    public Map<UUID, ResponsibilityLetter> lettersOf(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Map.of() : em.createQuery("select r from ResponsibilityLetter r"
                        + " where r.projectId in :ids", ResponsibilityLetter.class).setParameter("ids", projectIds)
                .getResultList().stream().collect(Collectors.toMap(r -> r.projectId, r -> r));
    }

    public Map<UUID, List<FundingEntry>> byProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Map.of() : em.createQuery("select f from FundingEntry f where f.projectId in :ids"
                        + " order by f.year, f.kind, f.id", FundingEntry.class).setParameter("ids", projectIds)
                .getResultList().stream().collect(Collectors.groupingBy(f -> f.projectId, LinkedHashMap::new,
                        Collectors.toList()));
    }

    private static void validate(Entry in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.year() < 2000 || in.year() > 2100) {
            errors.add(new FieldError("year", "INVALID_YEAR", new Text("must be between 2000 and 2100",
                    "须在2000至2100之间")));
        }
        if (in.amount() == null) {
            errors.add(new FieldError("amount", "REQUIRED", new Text("is required", "为必填项")));
        }
        Money.check(in.amount()).ifPresent(t -> errors.add(new FieldError("amount", "INVALID_MONEY", t)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
