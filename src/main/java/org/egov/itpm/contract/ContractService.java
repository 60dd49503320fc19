package org.egov.itpm.contract;

import org.egov.itpm.common.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.CreditCode;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Money;
import org.egov.itpm.common.NotFoundException;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.project.Project;
import org.egov.itpm.project.ProjectChanges;
import org.egov.itpm.project.ProjectService;
import org.egov.itpm.security.CurrentUser;

/**
 * Registering and updating a project's contracts. Deadlines and clause checks are not decided here: the contracts
 * feed the policy ({@link ContractFactsContributor}) and the bound pack raises deadlines and findings.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContractService {

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

    @Transactional
    public Contract register(UUID projectId, ContractInput in) {
        validate(in, true);
        Project p = projects.get(projectId);
        requireOpenForContracts(p);
        Contract c = new Contract();
        c.id = UUID.randomUUID();
        c.projectId = p.id;
        c.recordedBy = user.username();
        c.recordedAt = clock.instant();
        apply(c, in);
        checkDates(c);
        em.persist(c);
        audit.record(p.id, "Contract", c.id, "REGISTER", user.username(), Map.of("kind", c.kind.name(),
                "supplier", c.supplierName, "creditCodeCheckValid", c.creditCodeCheckValid));
        changes.changed(p.id, "CONTRACT");
        return c;
    }

    @Transactional
    public Contract update(UUID contractId, ContractInput in, Integer expectedVersion) {
        validate(in, false);
        Contract c = get(contractId);
        Project p = projects.get(c.projectId);
        requireOpenForContracts(p);
        if (expectedVersion != null && expectedVersion != c.version) {
            throw ConflictException.concurrentModification("contract " + c.title);
        }
        apply(c, in);
        checkDates(c);
        audit.record(p.id, "Contract", c.id, "UPDATE", user.username(), Map.of("signedOn", String.valueOf(c.signedOn),
                "filedOn", String.valueOf(c.filedOn)));
        changes.changed(p.id, "CONTRACT");
        return c;
    }

    /** The contract if its project is in the caller's scope; otherwise NOT_FOUND. */
    public Contract get(UUID contractId) {
        Contract c = em.find(Contract.class, contractId);
        if (c == null) {
            throw new NotFoundException("contract", contractId);
        }
        projects.get(c.projectId);
        return c;
    }

    public Map<UUID, List<Contract>> byProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? Map.of() : em.createQuery("select c from Contract c where c.projectId in :ids"
                        + " order by c.recordedAt, c.id", Contract.class).setParameter("ids", projectIds)
                .getResultList().stream().collect(Collectors.groupingBy(c -> c.projectId, LinkedHashMap::new,
                        Collectors.toList()));
    }

    /** A signed contract that engages its supplier on the project (supervision, evaluation: issue #15). */
    public record SupplierEngagement(UUID contractId, UUID projectId, org.egov.itpm.policy.ContractKind kind,
                                     String supplierCreditCode, LocalDate signedOn) {
        static SupplierEngagement of(Contract c) {
            return new SupplierEngagement(c.id, c.projectId, c.kind, c.supplierCreditCode, c.signedOn);
        }
    }

    /**
     * The {@code limit} latest signed contracts of {@code kind} with supplier {@code creditCode}, unscoped (the
     * supplier's own engagement list); {@code signedBy} null: any, true: signed on or before {@code today}, false:
     * signed with a later date.
     */
    public List<SupplierEngagement> signedWithSupplier(String creditCode, org.egov.itpm.policy.ContractKind kind,
                                                       LocalDate today, Boolean signedBy, int limit) {
        String when = signedBy == null ? "" : signedBy ? " and c.signedOn <= :today" : " and c.signedOn > :today";
        var query = em.createQuery("select c from Contract c where c.supplierCreditCode = :code and c.kind = :kind"
                        + " and c.signedOn is not null" + when + " order by c.signedOn desc, c.id desc", Contract.class)
                .setParameter("code", creditCode).setParameter("kind", kind).setMaxResults(limit);
        if (signedBy != null) {
            query.setParameter("today", today);
        }
        return query.getResultList().stream().map(SupplierEngagement::of).toList();
    }

    /**
     * The projects with a signed contract of {@code kind} whose supplier is {@code creditCode}, as a condition over
     * project alias p: the engagement scope of a supervisor / evaluator, a subquery, never a list of ids (issue #19).
     */
    public org.egov.itpm.security.ProjectCondition signedWithSupplierCondition(String creditCode,
                                                                              org.egov.itpm.policy.ContractKind kind) {
        String kindParam = "supplierKind" + kind.name().replace("_", ""); // a parameter name has no underscore
        String where = " = p.id and supC.%s = :supplierCode and supC.kind = :%s and supC.%s is not null)";
        return new org.egov.itpm.security.ProjectCondition(
                "exists (select 1 from Contract supC where supC.projectId" + where.formatted("supplierCreditCode",
                        kindParam, "signedOn"),
                "exists (select 1 from contract supC where supC.project_id" + where.formatted("supplier_credit_code",
                        kindParam, "signed_on"),
                Map.of("supplierCode", creditCode, kindParam, kind));
    }

    /** Signed contracts of {@code kind} of the projects, for their engagement lists. */
    public List<SupplierEngagement> signedOf(Collection<UUID> projectIds, org.egov.itpm.policy.ContractKind kind) {
        return projectIds.isEmpty() ? List.of() : em.createQuery("select c from Contract c where c.projectId in :ids"
                        + " and c.kind = :kind and c.signedOn is not null", Contract.class)
                .setParameter("ids", projectIds).setParameter("kind", kind).getResultList().stream()
                .map(SupplierEngagement::of).toList();
    }

    private void requireOpenForContracts(Project p) {
        boolean open = p.stage.isCanonical() && p.stage.ordinal() >= Stage.PROCUREMENT.ordinal()
                && !p.stage.isClosed() || p.stage == Stage.SUSPENDED;
        if (!open) {
            throw new ConflictException("CONTRACT_NOT_ALLOWED", new Text("contracts are registered from PROCUREMENT"
                    + " on, for open projects; this one is " + p.stage, "自采购阶段起方可登记合同，当前阶段为 " + p.stage));
        }
    }

    private void apply(Contract c, ContractInput in) {
        if (in.kind != null) c.kind = in.kind;
        if (in.title != null) c.title = in.title.trim();
        if (in.supplierName != null) c.supplierName = in.supplierName.trim();
        if (in.supplierCreditCode != null) {
            c.supplierCreditCode = in.supplierCreditCode.trim();
            c.creditCodeCheckValid = CreditCode.check(c.supplierCreditCode) == CreditCode.Check.VALID;
        }
        if (in.awardNoticeOn != null) c.awardNoticeOn = in.awardNoticeOn;
        if (in.signedOn != null) c.signedOn = in.signedOn;
        if (in.filedOn != null) c.filedOn = in.filedOn;
        if (in.amount != null) c.amount = Money.cny(in.amount);
        if (in.implementationMonths != null) c.implementationMonths = in.implementationMonths;
        if (in.warrantyMonths != null) c.warrantyMonths = in.warrantyMonths;
        if (in.ipOwner != null) c.ipOwner = in.ipOwner;
        if (in.clauses != null) {
            c.clauses(in.clauses.isEmpty() ? EnumSet.noneOf(org.egov.itpm.policy.ContractClause.class)
                    : EnumSet.copyOf(in.clauses));
        }
        c.updatedAt = clock.instant();
    }

    /** Signing follows the award notice, filing follows signing, and nothing is dated in the future. */
    private void checkDates(Contract c) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = businessClock.today();
        future(errors, "awardNoticeOn", c.awardNoticeOn, today);
        future(errors, "signedOn", c.signedOn, today);
        future(errors, "filedOn", c.filedOn, today);
        if (c.signedOn != null && c.awardNoticeOn != null && c.signedOn.isBefore(c.awardNoticeOn)) {
            errors.add(new FieldError("signedOn", "BEFORE_AWARD_NOTICE", new Text("must not be before the award notice",
                    "不得早于中标（成交）通知书日期")));
        }
        if (c.filedOn != null && (c.signedOn == null || c.filedOn.isBefore(c.signedOn))) {
            errors.add(new FieldError("filedOn", "BEFORE_SIGNING", new Text("a contract is filed after it is signed",
                    "合同须在签订后备案")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void future(List<FieldError> errors, String field, LocalDate d, LocalDate today) {
        if (d != null && d.isAfter(today)) {
            errors.add(new FieldError(field, "DATE_IN_FUTURE", new Text("must not be in the future", "不得晚于今天")));
        }
    }

    private static void validate(ContractInput in, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        if (creating) {
            if (in.kind == null) errors.add(required("kind"));
            if (blank(in.title)) errors.add(required("title"));
            if (blank(in.supplierName)) errors.add(required("supplierName"));
            if (blank(in.supplierCreditCode)) errors.add(required("supplierCreditCode"));
        } else {
            if (in.title != null && in.title.isBlank()) errors.add(required("title"));
            if (in.supplierName != null && in.supplierName.isBlank()) errors.add(required("supplierName"));
        }
        if (!blank(in.supplierCreditCode) && CreditCode.check(in.supplierCreditCode.trim()) == CreditCode.Check.MALFORMED) {
            errors.add(new FieldError("supplierCreditCode", "INVALID_CREDIT_CODE", new Text(
                    "must be 18 characters of 0-9 and A-Z without I, O, S, V, Z (GB 32100)",
                    "须为18位，由数字和除 I、O、S、V、Z 以外的大写字母组成（GB 32100）")));
        }
        Money.check(in.amount).ifPresent(t -> errors.add(new FieldError("amount", "INVALID_MONEY", t)));
        if (in.implementationMonths != null && (in.implementationMonths < 1 || in.implementationMonths > 240)) {
            errors.add(new FieldError("implementationMonths", "INVALID_MONTHS", new Text("must be between 1 and 240",
                    "须在1至240之间")));
        }
        if (in.warrantyMonths != null && (in.warrantyMonths < 0 || in.warrantyMonths > 240)) {
            errors.add(new FieldError("warrantyMonths", "INVALID_MONTHS", new Text("must be between 0 and 240",
                    "须在0至240之间")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static FieldError required(String field) {
        return new FieldError(field, "REQUIRED", new Text("is required", "为必填项"));
    }
}
