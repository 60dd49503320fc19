package org.egov.itpm.policy.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.DeadlineRule;
import org.egov.itpm.policy.rules.Deadline.DeadlineRuleView;

/** Deadlines that repeat (yearly reports) or open and close (self-evaluation windows). */
final class PeriodicDeadlines {

    private PeriodicDeadlines() {
    }

    /** One report per year-end the project spends under construction (started, not yet completed). */
    static List<Deadline> performanceReports(DeadlineRuleView view, ProjectFacts f, LocalDate today) {
        List<Deadline> out = new ArrayList<>();
        if (f.constructionStartedOn() == null) {
            return out;
        }
        int lastYear = f.completedOn() != null ? f.completedOn().getYear() - 1 : today.getYear();
        for (int year = f.constructionStartedOn().getYear(); year <= lastYear; year++) {
            LocalDate due = LocalDate.of(year, 12, 31);
            out.add(Deadline.of(view, "year-" + year, null, due, f.performanceReports().get(year), today, Set.of()));
        }
        return out;
    }

    /** A self-evaluation between min and max months after acceptance; one done before the window opens does not count. */
    static List<Deadline> selfEvaluationWindow(DeadlineRuleView view, ProjectFacts f, DeadlineRule.SelfEvaluationWindow rule,
                                               LocalDate today) {
        if (f.finalAcceptedOn() == null) {
            return List.of();
        }
        LocalDate opens = f.finalAcceptedOn().plusMonths(rule.minMonths());
        LocalDate due = f.finalAcceptedOn().plusMonths(rule.maxMonths());
        return List.of(Deadline.of(view, "project", opens, due, firstOnOrAfter(f, opens, null).orElse(null), today, Set.of()));
    }

    /** A self-evaluation in every year after acceptance, for each year that has begun. */
    static List<Deadline> yearlySelfEvaluations(DeadlineRuleView view, ProjectFacts f, LocalDate today) {
        List<Deadline> out = new ArrayList<>();
        if (f.finalAcceptedOn() == null) {
            return out;
        }
        for (int k = 1; !f.finalAcceptedOn().plusYears(k - 1L).isAfter(today); k++) {
            LocalDate opens = f.finalAcceptedOn().plusYears(k - 1L);
            LocalDate due = f.finalAcceptedOn().plusYears(k);
            LocalDate met = firstOnOrAfter(f, opens.plusDays(1), due).orElse(null);
            out.add(Deadline.of(view, "year-" + k, opens, due, met, today, Set.of()));
        }
        return out;
    }

    /**
     * Next year's O&M budget proposal for a system in operation, by the rule's day of every year from its final
     * acceptance (a system accepted after that day waits for the next year) and not before the pack took effect;
     * met by the proposal recorded for that year. O&M projects are funded through the systems they maintain and get
     * none; a decommissioned system neither.
     */
    static List<Deadline> omBudgetProposals(DeadlineRuleView view, ProjectFacts f, DeadlineRule.OmBudgetProposal rule,
                                            LocalDate packEffectiveFrom, LocalDate today) {
        List<Deadline> out = new ArrayList<>();
        if (f.finalAcceptedOn() == null || f.kind() == ProjectKind.OPERATION_MAINTENANCE
                || f.stage() == Stage.DECOMMISSIONED) {
            return out;
        }
        int first = f.finalAcceptedOn().getYear();
        if (f.finalAcceptedOn().isAfter(rule.by().atYear(first))) {
            first++;
        }
        if (packEffectiveFrom != null) {
            first = Math.max(first, packEffectiveFrom.getYear());
        }
        for (int year = first; year <= today.getYear(); year++) {
            LocalDate due = rule.by().atYear(year);
            out.add(Deadline.of(view, "year-" + year, null, due, f.followUp().omBudgetProposals().get(year), today,
                    Set.of()));
        }
        return out;
    }

    private static Optional<LocalDate> firstOnOrAfter(ProjectFacts f, LocalDate from, LocalDate until) {
        return f.selfEvaluations().stream()
                .filter(d -> !d.isBefore(from) && (until == null || !d.isAfter(until))).findFirst();
    }
}
