package org.egov.itpm.project;

import java.time.LocalDate;
import org.egov.itpm.policy.calendar.WorkingDayCalendar;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.PackBinding;

/**
 * What the rules see of one project: the pack it is judged by, its facts (legal dates only) and the business day.
 * Every service that asks the policy about a project starts here, so "which pack, which facts, which day" has one
 * answer (ADR 0005).
 */
public record ProjectJudgement(Project project, PackBinding binding, ProjectFacts facts, LocalDate today,
                               WorkingDayCalendar calendar) {

    /** The pack, or null when no pack covers the project's region (see {@link PackBinding#status()}). */
    public Pack pack() {
        return binding.pack();
    }

    public boolean hasPack() {
        return binding.pack() != null;
    }
}
