package org.egov.itpm.policy.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.egov.itpm.policy.calendar.WorkingDayCalendar;
import org.egov.itpm.policy.facts.ContractFacts;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.DeadlineRule;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.rules.Deadline.DeadlineRuleView;

/** Due dates a pack sets for a project, with their status on {@code today}; one method per kind of deadline. */
public final class DeadlinePolicy implements DeadlineRule.Cases<List<Deadline>> {

    private final Pack pack;
    private final ProjectFacts f;
    private final WorkingDayCalendar cal;
    private final LocalDate today;

    private DeadlinePolicy(Pack pack, ProjectFacts f, WorkingDayCalendar cal, LocalDate today) {
        this.pack = pack;
        this.f = f;
        this.cal = cal;
        this.today = today;
    }

    public static List<Deadline> deadlines(Pack pack, ProjectFacts facts, WorkingDayCalendar calendar, LocalDate today) {
        DeadlinePolicy policy = new DeadlinePolicy(pack, facts, calendar, today);
        List<Deadline> result = new ArrayList<>();
        for (DeadlineRule rule : pack.deadlines()) {
            result.addAll(rule.accept(policy));
        }
        result.addAll(OversightRules.deadlines(facts, today));
        result.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::key));
        return result;
    }

    @Override
    public List<Deadline> contractSigning(DeadlineRule.ContractSigning rule) {
        List<Deadline> out = new ArrayList<>();
        for (ContractFacts c : f.contracts()) {
            if (c.awardNoticeOn() != null) {
                out.add(workingDays(view(rule), c.id(), c.awardNoticeOn(), rule.workingDays(), c.signedOn()));
            }
        }
        return out;
    }

    @Override
    public List<Deadline> contractFiling(DeadlineRule.ContractFiling rule) {
        List<Deadline> out = new ArrayList<>();
        for (ContractFacts c : f.contracts()) {
            if (c.signedOn() != null) {
                out.add(workingDays(view(rule), c.id(), c.signedOn(), rule.workingDays(), c.filedOn()));
            }
        }
        return out;
    }

    @Override
    public List<Deadline> constructionStart(DeadlineRule.ConstructionStart rule) {
        return dated(view(rule), f.approvedOn(), rule.months(), f.constructionStartedOn());
    }

    @Override
    public List<Deadline> acceptanceApplication(DeadlineRule.AcceptanceApplication rule) {
        return dated(view(rule), f.completedOn(), rule.months(), acceptanceAsked(AcceptancePolicy.allowsExtension(pack)));
    }

    @Override
    public List<Deadline> acceptanceExtension(DeadlineRule.AcceptanceExtension rule) {
        return due(view(rule), "extension", f.acceptanceExtendedUntil(), f.acceptanceAppliedOn());
    }

    @Override
    public List<Deadline> rectification(DeadlineRule.Rectification rule) {
        return due(view(rule), "rectification", f.rectificationDueOn(), f.reappliedAfterRectificationOn());
    }

    @Override
    public List<Deadline> demandWindow(DeadlineRule.DemandWindow rule) {
        Integer plannedYear = f.plannedYear();
        if (plannedYear == null) {
            return List.of();
        }
        LocalDate due = rule.by().atYear(plannedYear - 1);
        return List.of(Deadline.of(view(rule), "year-" + plannedYear, null, due, f.demandSubmittedOn(), today, Set.of()));
    }

    @Override
    public List<Deadline> libraryValidity(DeadlineRule.LibraryValidity rule) {
        if (f.libraryEnteredOn() == null) {
            return List.of();
        }
        return List.of(Deadline.of(view(rule), "project", null, f.libraryEnteredOn().plusYears(rule.years()),
                f.approvedOn(), today, Set.of()));
    }

    @Override
    public List<Deadline> performanceReportYearly(DeadlineRule.PerformanceReportYearly rule) {
        return PeriodicDeadlines.performanceReports(view(rule), f, today);
    }

    @Override
    public List<Deadline> selfEvaluationWindow(DeadlineRule.SelfEvaluationWindow rule) {
        return PeriodicDeadlines.selfEvaluationWindow(view(rule), f, rule, today);
    }

    @Override
    public List<Deadline> selfEvaluationYearly(DeadlineRule.SelfEvaluationYearly rule) {
        return PeriodicDeadlines.yearlySelfEvaluations(view(rule), f, today);
    }

    @Override
    public List<Deadline> omBudgetProposal(DeadlineRule.OmBudgetProposal rule) {
        return PeriodicDeadlines.omBudgetProposals(view(rule), f, rule, pack.effectiveFrom(), today);
    }

    private static DeadlineRuleView view(DeadlineRule rule) {
        return new DeadlineRuleView(rule.code(), rule.severity(), rule.cite());
    }

    private Deadline workingDays(DeadlineRuleView view, String subject, LocalDate from, int days, LocalDate metOn) {
        LocalDate due = cal.addWorkingDays(from, days);
        return Deadline.of(view, subject, null, due, metOn, today, cal.missingYears(from, due));
    }

    private List<Deadline> dated(DeadlineRuleView view, LocalDate from, int months, LocalDate metOn) {
        return from == null ? List.of() : List.of(Deadline.of(view, "project", null, from.plusMonths(months), metOn, today, Set.of()));
    }

    private List<Deadline> due(DeadlineRuleView view, String subject, LocalDate due, LocalDate metOn) {
        return due == null ? List.of() : List.of(Deadline.of(view, subject, null, due, metOn, today, Set.of()));
    }

    /** Applying for acceptance answers the duty; so does asking for an extension where the pack has that route. */
    private LocalDate acceptanceAsked(boolean extensionRoute) {
        LocalDate extension = extensionRoute ? f.acceptanceExtensionRequestedOn() : null;
        if (f.acceptanceAppliedOn() == null || extension == null) {
            return f.acceptanceAppliedOn() == null ? extension : f.acceptanceAppliedOn();
        }
        return f.acceptanceAppliedOn().isBefore(extension) ? f.acceptanceAppliedOn() : extension;
    }
}
