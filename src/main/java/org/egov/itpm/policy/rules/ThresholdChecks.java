package org.egov.itpm.policy.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ContractFacts;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.CheckRule;

/** Evaluates one pack check into findings, one per offending subject; one method per kind of check. */
final class ThresholdChecks implements CheckRule.Cases<List<Finding>> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProjectFacts f;
    private final LocalDate today;

    private ThresholdChecks(ProjectFacts f, LocalDate today) {
        this.f = f;
        this.today = today;
    }

    static List<Finding> evaluate(CheckRule rule, ProjectFacts f, LocalDate today) {
        return rule.when().matches(f) ? rule.accept(new ThresholdChecks(f, today)) : List.of();
    }

    @Override
    public List<Finding> securityBudgetShare(CheckRule.SecurityBudgetShare rule) {
        BigDecimal total = f.investmentBasis();
        if (total == null || total.signum() == 0 || !f.hasReached(Stage.APPLIED)) {
            return List.of();
        }
        BigDecimal security = f.securityBudget() == null ? BigDecimal.ZERO : f.securityBudget();
        BigDecimal share = security.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
        BigDecimal min = rule.minPercent();
        // compared unrounded: 4.9999% prints as 5.00% but is still below a 5% floor
        if (security.multiply(HUNDRED).compareTo(min.multiply(total)) >= 0) {
            return List.of();
        }
        BigDecimal required = total.multiply(min).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return List.of(FindingText.project(rule, f, "security budget " + money(security) + " is " + share + "% of "
                        + money(total) + ", below " + min + "% (" + money(required) + ")",
                "网络安全预算" + money(security) + "元占总预算" + money(total) + "元的" + share + "%，低于"
                        + min + "%（" + money(required) + "元）",
                Map.of("securityBudget", money(security).toPlainString(), "totalBudget", money(total).toPlainString(),
                        "sharePercent", share.toPlainString(), "requiredPercent", min.toPlainString())));
    }

    @Override
    public List<Finding> warranty(CheckRule.Warranty rule) {
        List<Finding> out = new ArrayList<>();
        for (ContractFacts c : construction()) {
            if (c.warrantyMonths() != null && c.warrantyMonths() < rule.minMonths()) {
                out.add(FindingText.contract(rule, c, "warranty of " + c.warrantyMonths() + " months is below "
                        + rule.minMonths(), "质保期" + c.warrantyMonths() + "个月，低于" + rule.minMonths() + "个月",
                        Map.of("warrantyMonths", c.warrantyMonths().toString(),
                                "minimumMonths", String.valueOf(rule.minMonths()))));
            }
        }
        return out;
    }

    @Override
    public List<Finding> implementationPeriod(CheckRule.ImplementationPeriod rule) {
        List<Finding> out = new ArrayList<>();
        for (ContractFacts c : construction()) {
            if (c.implementationMonths() != null && c.implementationMonths() > rule.maxMonths()) {
                out.add(FindingText.contract(rule, c, "implementation period of " + c.implementationMonths()
                        + " months exceeds " + rule.maxMonths(), "实施周期" + c.implementationMonths() + "个月，超过"
                        + rule.maxMonths() + "个月", Map.of("implementationMonths", c.implementationMonths().toString(),
                        "maximumMonths", String.valueOf(rule.maxMonths()))));
            }
        }
        return out;
    }

    @Override
    public List<Finding> contractClause(CheckRule.ContractClauseRequired rule) {
        List<Finding> out = new ArrayList<>();
        for (ContractFacts c : f.contracts()) {
            boolean producesResults = c.kind() == ContractKind.CONSTRUCTION || c.kind() == ContractKind.OTHER_SERVICE;
            if (producesResults && c.signedOn() != null && !c.has(rule.clause())) {
                out.add(FindingText.contract(rule, c, "lacks the " + Labels.en(rule.clause().name()) + " clause",
                        "缺少" + Labels.zh(rule.clause().name()), Map.of("clause", rule.clause().name())));
            }
        }
        return out;
    }

    @Override
    public List<Finding> ipOwner(CheckRule.IpOwnerRequired rule) {
        List<Finding> out = new ArrayList<>();
        IpOwnerCheck.evaluate(rule, f, out);
        return out;
    }

    @Override
    public List<Finding> supervisionContract(CheckRule.SupervisionContract rule) {
        if (!f.hasReached(rule.fromStage()) || RequirementEvaluator.hasSigned(f, c -> c.kind() == ContractKind.SUPERVISION)) {
            return List.of();
        }
        return List.of(FindingText.project(rule, f, "no signed supervision (监理) contract", "未签订监理合同",
                Map.of("investment", String.valueOf(money(f.investmentBasis())), "stage", f.stage().name())));
    }

    @Override
    public List<Finding> attestation(CheckRule.AttestationRequired rule) {
        if (!f.hasReached(rule.fromStage()) || f.attestations().contains(rule.attestation())) {
            return List.of();
        }
        String name = rule.attestation().name();
        return List.of(FindingText.project(rule, f, "not confirmed: " + Labels.en(name), "未确认：" + Labels.zh(name),
                Map.of("stage", f.stage().name())));
    }

    @Override
    public List<Finding> responsibilityLetter(CheckRule.ResponsibilityLetter rule) {
        if (!f.hasReached(rule.fromStage()) || f.responsibilityLetterFiledOn() != null) {
            return List.of();
        }
        return List.of(FindingText.project(rule, f, "responsibility letter not signed and filed",
                "未签署并备案项目建设主体责任书", Map.of("fundedOn", String.valueOf(f.fundedOn()))));
    }

    @Override
    public List<Finding> trialRun(CheckRule.TrialRunMinimum rule) {
        if (f.preliminaryAcceptedOn() == null || RequirementEvaluator.trialRunLasted(f, rule.months(), null)) {
            return List.of();
        }
        return List.of(FindingText.project(rule, f, "accepted on " + f.preliminaryAcceptedOn() + " after less than "
                        + rule.months() + " months of trial run", "试运行不足" + rule.months() + "个月即组织终验",
                Map.of("trialRunStartedOn", String.valueOf(f.trialRunStartedOn()),
                        "preliminaryAcceptedOn", f.preliminaryAcceptedOn().toString())));
    }

    @Override
    public List<Finding> platformFiling(CheckRule.PlatformFilingRequired rule) {
        if (!f.hasReached(rule.fromStage()) || f.platformFilings().contains(rule.filing())) {
            return List.of();
        }
        String name = rule.filing().name();
        return List.of(FindingText.project(rule, f, Labels.en(name) + " not filed on " + rule.platform(),
                "未在" + rule.platform() + "填报" + Labels.zh(name), Map.of("platform", rule.platform())));
    }

    @Override
    public List<Finding> surplusReturn(CheckRule.SurplusReturn rule) {
        return FollowUpChecks.surplusReturn(rule, f);
    }

    @Override
    public List<Finding> delayReport(CheckRule.DelayReport rule) {
        return FollowUpChecks.delayReport(rule, f, today);
    }

    @Override
    public List<Finding> annualPlanFromStage(CheckRule.AnnualPlanFromStage rule) {
        if (!f.inAnnualPlan() || f.hasReached(rule.fromStage())) {
            return List.of();
        }
        return List.of(FindingText.project(rule, f, "in the annual investment plan before " + rule.fromStage(),
                "项目尚未" + Labels.zh(rule.fromStage().name()) + "即纳入年度投资计划", Map.of("stage", f.stage().name())));
    }

    /** Enforced when the budget is entered (FundingEntryPolicy): the facts carry no plan or budget amounts. */
    @Override
    public List<Finding> budgetMatchesPlan(CheckRule.BudgetMatchesPlan rule) {
        return List.of();
    }

    @Override
    public List<Finding> attestationIfAboveApproval(CheckRule.AttestationIfAboveApproval rule) {
        BigDecimal later = latestAmount(rule.approval());
        BigDecimal earlier = latestAmount(rule.above());
        if (later == null || earlier == null || later.compareTo(earlier) <= 0
                || f.attestations().contains(rule.attestation())) {
            return List.of();
        }
        String name = rule.attestation().name();
        return List.of(FindingText.project(rule, f, rule.approval() + " approved at " + money(later) + ", above the "
                        + rule.above() + " approval of " + money(earlier) + "; not confirmed: " + Labels.en(name),
                Labels.zh(rule.approval().name()) + "批复金额" + money(later) + "超出" + Labels.zh(rule.above().name())
                        + "批复金额" + money(earlier) + "，未确认：" + Labels.zh(name),
                Map.of(rule.approval().name(), money(later).toPlainString(), rule.above().name(),
                        money(earlier).toPlainString())));
    }

    /** The amount of the latest approval of {@code kind} that carries one. */
    private BigDecimal latestAmount(org.egov.itpm.policy.ApprovalKind kind) {
        return f.approvals().stream().filter(a -> a.kind() == kind && a.amount() != null)
                .max(java.util.Comparator.comparing(a -> a.issuedOn() == null ? java.time.LocalDate.MIN : a.issuedOn()))
                .map(a -> a.amount()).orElse(null);
    }

    private List<ContractFacts> construction() {
        return f.contracts().stream().filter(c -> c.kind() == ContractKind.CONSTRUCTION).toList();
    }

    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
