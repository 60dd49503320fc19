package org.egov.itpm.policy.rules;

import java.time.LocalDate;
import java.util.Set;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.pack.Citation;

/**
 * A computed due date. {@code subject} tells instances apart (contract id, year, "project");
 * {@code opensOn} is set for windows that may not be met early; {@code metOn} is when it was done, even late.
 * {@code missingCalendarYears} lists years counted with weekends only because holiday data is missing.
 */
public record Deadline(String ruleCode, String subject, LocalDate opensOn, LocalDate due, DeadlineStatus status,
                       LocalDate metOn, Severity severityWhenMissed, Citation cite, Set<Integer> missingCalendarYears) {

    public Deadline {
        missingCalendarYears = Set.copyOf(missingCalendarYears);
    }

    /** A stable key for diffing: {@code <packId>:<ruleCode>:<subject>}. */
    public String key() {
        return cite.packId() + ":" + ruleCode + ":" + subject;
    }

    static Deadline of(DeadlineRuleView rule, String subject, LocalDate opensOn, LocalDate due, LocalDate metOn,
                       LocalDate today, Set<Integer> missingYears) {
        DeadlineStatus status;
        if (metOn != null) {
            status = metOn.isAfter(due) ? DeadlineStatus.MISSED : DeadlineStatus.MET;
        } else {
            status = today.isAfter(due) ? DeadlineStatus.MISSED : DeadlineStatus.DUE;
        }
        return new Deadline(rule.code(), subject, opensOn, due, status, metOn, rule.severity(), rule.cite(), missingYears);
    }

    /** The parts of a deadline rule a computed deadline keeps. */
    record DeadlineRuleView(String code, Severity severity, Citation cite) {}
}
