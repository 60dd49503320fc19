package org.egov.itpm.policy.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.egov.itpm.policy.ContractClause;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ContractFacts;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.CheckRule;

/** Evaluates one pack check into findings, one per offending subject. */
final class ThresholdChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ThresholdChecks() {
    }

    static List<Finding> evaluate(CheckRule rule, ProjectFacts f, LocalDate today) {
        List<Finding> out = new ArrayList<>();
        if (!rule.when().matches(f)) {
            return out;
        }
        boolean reached = rule.fromStage() != null && f.hasReached(rule.fromStage());
        switch (rule.type()) {
            case MIN_SECURITY_BUDGET_SHARE -> securityShare(rule, f, out);
            case MIN_WARRANTY_MONTHS -> {
                for (ContractFacts c : construction(f)) {
                    if (c.warrantyMonths() != null && c.warrantyMonths() < rule.months()) {
                        out.add(FindingText.contract(rule, c, "warranty of " + c.warrantyMonths() + " months is below "
                                + rule.months(), "质保期" + c.warrantyMonths() + "个月，低于" + rule.months() + "个月",
                                Map.of("warrantyMonths", c.warrantyMonths().toString(), "minimumMonths", rule.months().toString())));
                    }
                }
            }
            case MAX_IMPLEMENTATION_MONTHS -> {
                for (ContractFacts c : construction(f)) {
                    if (c.implementationMonths() != null && c.implementationMonths() > rule.months()) {
                        out.add(FindingText.contract(rule, c, "implementation period of " + c.implementationMonths()
                                + " months exceeds " + rule.months(), "实施周期" + c.implementationMonths() + "个月，超过"
                                + rule.months() + "个月", Map.of("implementationMonths", c.implementationMonths().toString(),
                                "maximumMonths", rule.months().toString())));
                    }
                }
            }
            case CONTRACT_CLAUSE -> {
                ContractClause clause = ContractClause.valueOf(rule.value());
                for (ContractFacts c : f.contracts()) {
                    boolean producesResults = c.kind() == ContractKind.CONSTRUCTION || c.kind() == ContractKind.OTHER_SERVICE;
                    if (producesResults && c.signedOn() != null && !c.has(clause)) {
                        out.add(FindingText.contract(rule, c, "lacks the " + Labels.en(clause.name()) + " clause",
                                "缺少" + Labels.zh(clause.name()), Map.of("clause", clause.name())));
                    }
                }
            }
            case IP_OWNER -> IpOwnerCheck.evaluate(rule, f, out);
            case SUPERVISION_CONTRACT -> {
                if (reached && !RequirementEvaluator.hasSigned(f, c -> c.kind() == ContractKind.SUPERVISION)) {
                    out.add(FindingText.project(rule, f, "no signed supervision (监理) contract", "未签订监理合同",
                            Map.of("investment", String.valueOf(money(f.investmentBasis())), "stage", f.stage().name())));
                }
            }
            case ATTESTATION -> {
                if (reached && f.attestations().stream().noneMatch(a -> a.name().equals(rule.value()))) {
                    out.add(FindingText.project(rule, f, "not confirmed: " + Labels.en(rule.value()),
                            "未确认：" + Labels.zh(rule.value()), Map.of("stage", f.stage().name())));
                }
            }
            case RESPONSIBILITY_LETTER -> {
                if (reached && f.responsibilityLetterFiledOn() == null) {
                    out.add(FindingText.project(rule, f, "responsibility letter not signed and filed",
                            "未签署并备案项目建设主体责任书", Map.of("fundedOn", String.valueOf(f.fundedOn()))));
                }
            }
            case TRIAL_RUN_MINIMUM -> {
                if (f.preliminaryAcceptedOn() != null && !RequirementEvaluator.trialRunLasted(f, rule.months(), null)) {
                    out.add(FindingText.project(rule, f, "accepted on " + f.preliminaryAcceptedOn() + " after less than "
                                    + rule.months() + " months of trial run", "试运行不足" + rule.months() + "个月即组织终验",
                            Map.of("trialRunStartedOn", String.valueOf(f.trialRunStartedOn()),
                                    "preliminaryAcceptedOn", f.preliminaryAcceptedOn().toString())));
                }
            }
            case PLATFORM_FILING -> {
                if (reached && f.platformFilings().stream().noneMatch(p -> p.name().equals(rule.value()))) {
                    out.add(FindingText.project(rule, f, Labels.en(rule.value()) + " not filed on " + rule.detail(),
                            "未在" + rule.detail() + "填报" + Labels.zh(rule.value()), Map.of("platform", rule.detail())));
                }
            }
        }
        return out;
    }

    private static void securityShare(CheckRule rule, ProjectFacts f, List<Finding> out) {
        BigDecimal total = f.investmentBasis();
        if (total == null || total.signum() == 0 || !f.hasReached(Stage.APPLIED)) {
            return;
        }
        BigDecimal security = f.securityBudget() == null ? BigDecimal.ZERO : f.securityBudget();
        BigDecimal share = security.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
        // compared unrounded: 4.9999% prints as 5.00% but is still below a 5% floor
        if (security.multiply(HUNDRED).compareTo(rule.percent().multiply(total)) < 0) {
            BigDecimal required = total.multiply(rule.percent()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            out.add(FindingText.project(rule, f, "security budget " + money(security) + " is " + share + "% of "
                            + money(total) + ", below " + rule.percent() + "% (" + money(required) + ")",
                    "网络安全预算" + money(security) + "元占总预算" + money(total) + "元的" + share + "%，低于"
                            + rule.percent() + "%（" + money(required) + "元）",
                    Map.of("securityBudget", money(security).toPlainString(), "totalBudget", money(total).toPlainString(),
                            "sharePercent", share.toPlainString(), "requiredPercent", rule.percent().toPlainString())));
        }
    }

    private static List<ContractFacts> construction(ProjectFacts f) {
        return f.contracts().stream().filter(c -> c.kind() == ContractKind.CONSTRUCTION).toList();
    }

    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
