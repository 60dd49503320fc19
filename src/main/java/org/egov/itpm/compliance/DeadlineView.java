package org.egov.itpm.compliance;

import org.egov.itpm.pack.CitationView;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.rules.Deadline;
import org.egov.itpm.policy.rules.DeadlineStatus;

/** A computed due date. */
@Name("Deadline")
@Description("A due date computed from the pack (working days in Asia/Shanghai where the rule says so).")
public record DeadlineView(String ruleCode, @Description("What the deadline is about: a contract id, a year, 'project'.")
                           String subject, LocalDate opensOn, LocalDate due, DeadlineStatus status, LocalDate metOn,
                           Severity severityWhenMissed, CitationView citation,
                           @Description("Years counted with weekends only because their holiday data is missing.")
                           List<Integer> missingCalendarYears,
                           @Description("True while the due date is counted across a year without holiday data"
                                   + " (missingCalendarYears); recomputed, with its findings, when the year is"
                                   + " uploaded.") boolean provisional) {

    static DeadlineView of(Deadline d) {
        return new DeadlineView(d.ruleCode(), d.subject(), d.opensOn(), d.due(), d.status(), d.metOn(),
                d.severityWhenMissed(), CitationView.of(d.cite()), d.missingCalendarYears().stream().sorted().toList(),
                !d.missingCalendarYears().isEmpty());
    }
}
