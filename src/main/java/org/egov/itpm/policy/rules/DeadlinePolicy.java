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

/** Due dates a pack sets for a project, with their status on {@code today}. */
public final class DeadlinePolicy {

    private DeadlinePolicy() {
    }

    public static List<Deadline> deadlines(Pack pack, ProjectFacts facts, WorkingDayCalendar calendar, LocalDate today) {
        List<Deadline> result = new ArrayList<>();
        for (DeadlineRule rule : pack.deadlines()) {
            result.addAll(compute(pack, rule, facts, calendar, today));
        }
        result.addAll(OversightRules.deadlines(facts, today));
        result.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::key));
        return result;
    }

    private static List<Deadline> compute(Pack pack, DeadlineRule rule, ProjectFacts f, WorkingDayCalendar cal,
                                          LocalDate today) {
        DeadlineRuleView view = new DeadlineRuleView(rule.code(), rule.severity(), rule.cite());
        List<Deadline> out = new ArrayList<>();
        switch (rule.type()) {
            case CONTRACT_SIGNING -> {
                for (ContractFacts c : f.contracts()) {
                    if (c.awardNoticeOn() != null) {
                        out.add(workingDays(view, c.id(), c.awardNoticeOn(), rule.workingDays(), c.signedOn(), cal, today));
                    }
                }
            }
            case CONTRACT_FILING -> {
                for (ContractFacts c : f.contracts()) {
                    if (c.signedOn() != null) {
                        out.add(workingDays(view, c.id(), c.signedOn(), rule.workingDays(), c.filedOn(), cal, today));
                    }
                }
            }
            case CONSTRUCTION_START -> dated(out, view, f.approvedOn(), rule.months(), f.constructionStartedOn(), today);
            case ACCEPTANCE_APPLICATION -> dated(out, view, f.completedOn(), rule.months(),
                    acceptanceAsked(f, AcceptancePolicy.allowsExtension(pack)), today);
            case ACCEPTANCE_EXTENSION -> due(out, view, "extension", f.acceptanceExtendedUntil(), f.acceptanceAppliedOn(), today);
            case RECTIFICATION -> due(out, view, "rectification", f.rectificationDueOn(), f.reappliedAfterRectificationOn(), today);
            case DEMAND_WINDOW -> window(out, view, f.plannedYear(), rule, f.demandSubmittedOn(), today);
            case LIBRARY_VALIDITY -> {
                if (f.libraryEnteredOn() != null) {
                    out.add(Deadline.of(view, "project", null, f.libraryEnteredOn().plusYears(rule.years()),
                            f.approvedOn(), today, Set.of()));
                }
            }
            case PERFORMANCE_REPORT_YEARLY -> out.addAll(PeriodicDeadlines.performanceReports(view, f, today));
            case SELF_EVALUATION_WINDOW -> out.addAll(PeriodicDeadlines.selfEvaluationWindow(view, f, rule, today));
            case SELF_EVALUATION_YEARLY -> out.addAll(PeriodicDeadlines.yearlySelfEvaluations(view, f, today));
        }
        return out;
    }

    private static Deadline workingDays(DeadlineRuleView view, String subject, LocalDate from, int days, LocalDate metOn,
                                        WorkingDayCalendar cal, LocalDate today) {
        LocalDate due = cal.addWorkingDays(from, days);
        return Deadline.of(view, subject, null, due, metOn, today, cal.missingYears(from, due));
    }

    private static void dated(List<Deadline> out, DeadlineRuleView view, LocalDate from, int months, LocalDate metOn,
                              LocalDate today) {
        if (from != null) {
            out.add(Deadline.of(view, "project", null, from.plusMonths(months), metOn, today, Set.of()));
        }
    }

    private static void due(List<Deadline> out, DeadlineRuleView view, String subject, LocalDate due, LocalDate metOn,
                            LocalDate today) {
        if (due != null) {
            out.add(Deadline.of(view, subject, null, due, metOn, today, Set.of()));
        }
    }

    private static void window(List<Deadline> out, DeadlineRuleView view, Integer plannedYear, DeadlineRule rule,
                               LocalDate metOn, LocalDate today) {
        if (plannedYear != null) {
            LocalDate due = LocalDate.of(plannedYear - 1, rule.month(), rule.day());
            out.add(Deadline.of(view, "year-" + plannedYear, null, due, metOn, today, Set.of()));
        }
    }

    /** Applying for acceptance answers the duty; so does asking for an extension where the pack has that route. */
    private static LocalDate acceptanceAsked(ProjectFacts f, boolean extensionRoute) {
        LocalDate extension = extensionRoute ? f.acceptanceExtensionRequestedOn() : null;
        if (f.acceptanceAppliedOn() == null || extension == null) {
            return f.acceptanceAppliedOn() == null ? extension : f.acceptanceAppliedOn();
        }
        return f.acceptanceAppliedOn().isBefore(extension) ? f.acceptanceAppliedOn() : extension;
    }
}
