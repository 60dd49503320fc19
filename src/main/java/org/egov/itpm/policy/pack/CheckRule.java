package org.egov.itpm.policy.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.ContractClause;
import org.egov.itpm.policy.IpOwner;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.Stage;

/**
 * A threshold or standing duty that raises findings. Each kind carries exactly its own parameters; evaluators
 * dispatch through {@link Cases}, so a new kind is a record here, its {@link CheckType} name and a parser case.
 */
public sealed interface CheckRule {

    String code();

    Severity severity();

    /** When the check applies ({@link Condition#ALWAYS} unless the pack narrows it). */
    Condition when();

    Citation cite();

    /** The kind's name in the pack JSON. */
    CheckType type();

    <R> R accept(Cases<R> cases);

    /** The rule's own parameters as data, without its condition. */
    List<RuleParameter> own();

    /** The parameters as data, for the API and the docs: its own, then its condition's. */
    default List<RuleParameter> parameters() {
        List<RuleParameter> all = new ArrayList<>(own());
        all.addAll(when().parameters());
        return all;
    }

    /** One method per kind. */
    interface Cases<R> {
        R securityBudgetShare(SecurityBudgetShare rule);

        R warranty(Warranty rule);

        R implementationPeriod(ImplementationPeriod rule);

        R contractClause(ContractClauseRequired rule);

        R ipOwner(IpOwnerRequired rule);

        R supervisionContract(SupervisionContract rule);

        R attestation(AttestationRequired rule);

        R responsibilityLetter(ResponsibilityLetter rule);

        R trialRun(TrialRunMinimum rule);

        R platformFiling(PlatformFilingRequired rule);

        R surplusReturn(SurplusReturn rule);

        R delayReport(DelayReport rule);

        R annualPlanFromStage(AnnualPlanFromStage rule);

        R budgetMatchesPlan(BudgetMatchesPlan rule);

        R attestationIfAboveApproval(AttestationIfAboveApproval rule);
    }

    /** The security budget at least {@code minPercent} of the total budget. */
    record SecurityBudgetShare(String code, BigDecimal minPercent, Severity severity, Condition when, Citation cite)
            implements CheckRule {
        public CheckType type() { return CheckType.MIN_SECURITY_BUDGET_SHARE; }
        public List<RuleParameter> own() { return List.of(RuleParameter.percent("percent", minPercent)); }
        public <R> R accept(Cases<R> cases) { return cases.securityBudgetShare(this); }
    }

    /** Every construction contract's warranty at least {@code minMonths}. */
    record Warranty(String code, int minMonths, Severity severity, Condition when, Citation cite) implements CheckRule {
        public CheckType type() { return CheckType.MIN_WARRANTY_MONTHS; }
        public List<RuleParameter> own() { return List.of(RuleParameter.months("months", minMonths)); }
        public <R> R accept(Cases<R> cases) { return cases.warranty(this); }
    }

    /** Every construction contract's implementation period at most {@code maxMonths}. */
    record ImplementationPeriod(String code, int maxMonths, Severity severity, Condition when, Citation cite)
            implements CheckRule {
        public CheckType type() { return CheckType.MAX_IMPLEMENTATION_MONTHS; }
        public List<RuleParameter> own() { return List.of(RuleParameter.months("months", maxMonths)); }
        public <R> R accept(Cases<R> cases) { return cases.implementationPeriod(this); }
    }

    /** Signed construction and service contracts carry {@code clause}. */
    record ContractClauseRequired(String code, ContractClause clause, Severity severity, Condition when, Citation cite)
            implements CheckRule {
        public CheckType type() { return CheckType.CONTRACT_CLAUSE; }
        public List<RuleParameter> own() { return List.of(RuleParameter.code("value", clause.name())); }
        public <R> R accept(Cases<R> cases) { return cases.contractClause(this); }
    }

    /** Signed construction and service contracts name one of {@code owners} as the results' IP owner. */
    record IpOwnerRequired(String code, List<IpOwner> owners, Severity severity, Condition when, Citation cite)
            implements CheckRule {
        public IpOwnerRequired {
            owners = List.copyOf(owners);
        }
        public CheckType type() { return CheckType.IP_OWNER; }
        public List<RuleParameter> own() { return List.of(RuleParameter.list("values", owners)); }
        public <R> R accept(Cases<R> cases) { return cases.ipOwner(this); }
    }

    /** A signed supervision contract once the project reaches {@code fromStage}. */
    record SupervisionContract(String code, Stage fromStage, Severity severity, Condition when, Citation cite)
            implements CheckRule {
        public CheckType type() { return CheckType.SUPERVISION_CONTRACT; }
        public List<RuleParameter> own() { return List.of(RuleParameter.stage("fromStage", fromStage)); }
        public <R> R accept(Cases<R> cases) { return cases.supervisionContract(this); }
    }

    /** {@code attestation} confirmed once the project reaches {@code fromStage}. */
    record AttestationRequired(String code, Attestation attestation, Stage fromStage, Severity severity, Condition when,
                               Citation cite) implements CheckRule {
        public CheckType type() { return CheckType.ATTESTATION; }
        public List<RuleParameter> own() {
            return List.of(RuleParameter.code("value", attestation.name()), RuleParameter.stage("fromStage", fromStage));
        }
        public <R> R accept(Cases<R> cases) { return cases.attestation(this); }
    }

    /** The responsibility letter filed once the project reaches {@code fromStage}. */
    record ResponsibilityLetter(String code, Stage fromStage, Severity severity, Condition when, Citation cite)
            implements CheckRule {
        public CheckType type() { return CheckType.RESPONSIBILITY_LETTER; }
        public List<RuleParameter> own() { return List.of(RuleParameter.stage("fromStage", fromStage)); }
        public <R> R accept(Cases<R> cases) { return cases.responsibilityLetter(this); }
    }

    /** Preliminary acceptance no earlier than {@code months} of trial run. */
    record TrialRunMinimum(String code, int months, Severity severity, Condition when, Citation cite)
            implements CheckRule {
        public CheckType type() { return CheckType.TRIAL_RUN_MINIMUM; }
        public List<RuleParameter> own() { return List.of(RuleParameter.months("months", months)); }
        public <R> R accept(Cases<R> cases) { return cases.trialRun(this); }
    }

    /** {@code filing} done on the named {@code platform} once the project reaches {@code fromStage}. */
    record PlatformFilingRequired(String code, PlatformFiling filing, Stage fromStage, String platform,
                                  Severity severity, Condition when, Citation cite) implements CheckRule {
        public CheckType type() { return CheckType.PLATFORM_FILING; }
        public List<RuleParameter> own() {
            return List.of(RuleParameter.code("value", filing.name()), RuleParameter.stage("fromStage", fromStage),
                    RuleParameter.text("detail", platform));
        }
        public <R> R accept(Cases<R> cases) { return cases.platformFiling(this); }
    }

    /** A surplus left by the final settlement returned (no time limit in the seeds: open until recorded). */
    record SurplusReturn(String code, Severity severity, Condition when, Citation cite) implements CheckRule {
        public CheckType type() { return CheckType.SURPLUS_RETURN; }
        public List<RuleParameter> own() { return List.of(); }
        public <R> R accept(Cases<R> cases) { return cases.surplusReturn(this); }
    }

    /**
     * A delay report once the planned end date has passed with the project unfinished. {@code reportTo}: the realm
     * roles of the bodies the article says the report goes to (e.g. the NDRC and finance, wushan-2022 art.18); empty
     * when it names none, and then the supervising authority is told.
     */
    record DelayReport(String code, Severity severity, Condition when, Citation cite, Set<String> reportTo)
            implements CheckRule {
        public DelayReport {
            reportTo = Set.copyOf(reportTo);
        }
        public CheckType type() { return CheckType.DELAY_REPORT; }
        public List<RuleParameter> own() {
            return reportTo.isEmpty() ? List.of() : List.of(RuleParameter.list("reportTo", reportTo));
        }
        public <R> R accept(Cases<R> cases) { return cases.delayReport(this); }
    }

    /** No annual investment plan entry before the project reaches {@code fromStage} (e.g. wushan-2022 art.21). */
    record AnnualPlanFromStage(String code, Stage fromStage, Severity severity, Condition when, Citation cite)
            implements CheckRule {
        public CheckType type() { return CheckType.ANNUAL_PLAN_FROM_STAGE; }
        public List<RuleParameter> own() { return List.of(RuleParameter.stage("fromStage", fromStage)); }
        public <R> R accept(Cases<R> cases) { return cases.annualPlanFromStage(this); }
    }

    /** A budget only for a year of the annual investment plan, of the plan's amount (e.g. wushan-2022 art.10). */
    record BudgetMatchesPlan(String code, Severity severity, Condition when, Citation cite) implements CheckRule {
        public CheckType type() { return CheckType.BUDGET_MATCHES_ANNUAL_PLAN; }
        public List<RuleParameter> own() { return List.of(); }
        public <R> R accept(Cases<R> cases) { return cases.budgetMatchesPlan(this); }
    }

    /**
     * {@code attestation} confirmed once the {@code approval}'s amount exceeds the {@code above} approval's (e.g.
     * jianshan-2024 item 8: a 初设 beyond the FSR 批复 explains the adjustments in a chapter of its own).
     */
    record AttestationIfAboveApproval(String code, Attestation attestation, ApprovalKind approval, ApprovalKind above,
                                      Severity severity, Condition when, Citation cite) implements CheckRule {
        public CheckType type() { return CheckType.ATTESTATION_IF_ABOVE_APPROVAL; }
        public List<RuleParameter> own() {
            return List.of(RuleParameter.code("value", attestation.name()), RuleParameter.code("approval", approval.name()),
                    RuleParameter.code("above", above.name()));
        }
        public <R> R accept(Cases<R> cases) { return cases.attestationIfAboveApproval(this); }
    }
}
