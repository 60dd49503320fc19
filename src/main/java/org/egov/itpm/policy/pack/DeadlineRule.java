package org.egov.itpm.policy.pack;

import java.time.MonthDay;
import java.util.List;
import org.egov.itpm.policy.Severity;

/**
 * A dated duty of a pack. Each kind carries exactly its own parameters; evaluators dispatch through
 * {@link Cases}, so a new kind is a record here, its {@link DeadlineType} name and a parser case, and the compiler
 * then asks every evaluator for it.
 */
public sealed interface DeadlineRule {

    String code();

    Severity severity();

    Citation cite();

    /** The kind's name in the pack JSON. */
    DeadlineType type();

    /** The parameters as data, for the API and the docs. */
    List<RuleParameter> parameters();

    <R> R accept(Cases<R> cases);

    /** The rules of one kind, e.g. a pack's {@link LibraryValidity}. */
    static <T extends DeadlineRule> List<T> ofKind(List<DeadlineRule> rules, Class<T> kind) {
        return rules.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** One method per kind. */
    interface Cases<R> {
        R contractSigning(ContractSigning rule);

        R contractFiling(ContractFiling rule);

        R constructionStart(ConstructionStart rule);

        R acceptanceApplication(AcceptanceApplication rule);

        R acceptanceExtension(AcceptanceExtension rule);

        R rectification(Rectification rule);

        R demandWindow(DemandWindow rule);

        R libraryValidity(LibraryValidity rule);

        R performanceReportYearly(PerformanceReportYearly rule);

        R selfEvaluationWindow(SelfEvaluationWindow rule);

        R selfEvaluationYearly(SelfEvaluationYearly rule);

        R omBudgetProposal(OmBudgetProposal rule);
    }

    /** Each contract signed within {@code workingDays} after its award notice. */
    record ContractSigning(String code, int workingDays, Severity severity, Citation cite) implements DeadlineRule {
        public DeadlineType type() { return DeadlineType.CONTRACT_SIGNING; }
        public List<RuleParameter> parameters() { return List.of(RuleParameter.workingDays("workingDays", workingDays)); }
        public <R> R accept(Cases<R> cases) { return cases.contractSigning(this); }
    }

    /** Each contract filed within {@code workingDays} after signing. */
    record ContractFiling(String code, int workingDays, Severity severity, Citation cite) implements DeadlineRule {
        public DeadlineType type() { return DeadlineType.CONTRACT_FILING; }
        public List<RuleParameter> parameters() { return List.of(RuleParameter.workingDays("workingDays", workingDays)); }
        public <R> R accept(Cases<R> cases) { return cases.contractFiling(this); }
    }

    /** Construction started within {@code months} after approval. */
    record ConstructionStart(String code, int months, Severity severity, Citation cite) implements DeadlineRule {
        public DeadlineType type() { return DeadlineType.CONSTRUCTION_START; }
        public List<RuleParameter> parameters() { return List.of(RuleParameter.months("months", months)); }
        public <R> R accept(Cases<R> cases) { return cases.constructionStart(this); }
    }

    /** Acceptance applied for within {@code months} after completion. */
    record AcceptanceApplication(String code, int months, Severity severity, Citation cite) implements DeadlineRule {
        public DeadlineType type() { return DeadlineType.ACCEPTANCE_APPLICATION; }
        public List<RuleParameter> parameters() { return List.of(RuleParameter.months("months", months)); }
        public <R> R accept(Cases<R> cases) { return cases.acceptanceApplication(this); }
    }

    /** The extension route: the application is due by the requested date. */
    record AcceptanceExtension(String code, Severity severity, Citation cite) implements DeadlineRule {
        public DeadlineType type() { return DeadlineType.ACCEPTANCE_EXTENSION; }
        public List<RuleParameter> parameters() { return List.of(); }
        public <R> R accept(Cases<R> cases) { return cases.acceptanceExtension(this); }
    }

    /** After a failed acceptance, re-application by the rectification plan's due date. */
    record Rectification(String code, Severity severity, Citation cite) implements DeadlineRule {
        public DeadlineType type() { return DeadlineType.RECTIFICATION; }
        public List<RuleParameter> parameters() { return List.of(); }
        public <R> R accept(Cases<R> cases) { return cases.rectification(this); }
    }

    /** Demand submitted by {@code by} of the year before the planned year. */
    record DemandWindow(String code, MonthDay by, Severity severity, Citation cite) implements DeadlineRule {
        public DeadlineType type() { return DeadlineType.DEMAND_WINDOW; }
        public List<RuleParameter> parameters() { return List.of(RuleParameter.dayOfYear("by", by)); }
        public <R> R accept(Cases<R> cases) { return cases.demandWindow(this); }
    }

    /** Approval within {@code years} of library entry. */
    record LibraryValidity(String code, int years, Severity severity, Citation cite) implements DeadlineRule {
        public DeadlineType type() { return DeadlineType.LIBRARY_VALIDITY; }
        public List<RuleParameter> parameters() { return List.of(RuleParameter.years("years", years)); }
        public <R> R accept(Cases<R> cases) { return cases.libraryValidity(this); }
    }

    /** A performance report by 31 December of every construction year. */
    record PerformanceReportYearly(String code, Severity severity, Citation cite) implements DeadlineRule {
        public DeadlineType type() { return DeadlineType.PERFORMANCE_REPORT_YEARLY; }
        public List<RuleParameter> parameters() { return List.of(); }
        public <R> R accept(Cases<R> cases) { return cases.performanceReportYearly(this); }
    }

    /** A self-evaluation between {@code minMonths} and {@code maxMonths} after acceptance. */
    record SelfEvaluationWindow(String code, int minMonths, int maxMonths, Severity severity, Citation cite)
            implements DeadlineRule {
        public DeadlineType type() { return DeadlineType.SELF_EVALUATION_WINDOW; }
        public List<RuleParameter> parameters() {
            return List.of(RuleParameter.months("minMonths", minMonths), RuleParameter.months("maxMonths", maxMonths));
        }
        public <R> R accept(Cases<R> cases) { return cases.selfEvaluationWindow(this); }
    }

    /** A self-evaluation every 12 months after acceptance. */
    record SelfEvaluationYearly(String code, Severity severity, Citation cite) implements DeadlineRule {
        public DeadlineType type() { return DeadlineType.SELF_EVALUATION_YEARLY; }
        public List<RuleParameter> parameters() { return List.of(); }
        public <R> R accept(Cases<R> cases) { return cases.selfEvaluationYearly(this); }
    }

    /** The authority's O&M budget proposal for a system in operation, by {@code by} of every year. */
    record OmBudgetProposal(String code, MonthDay by, Severity severity, Citation cite) implements DeadlineRule {
        public DeadlineType type() { return DeadlineType.OM_BUDGET_PROPOSAL; }
        public List<RuleParameter> parameters() { return List.of(RuleParameter.dayOfYear("by", by)); }
        public <R> R accept(Cases<R> cases) { return cases.omBudgetProposal(this); }
    }
}
