package org.egov.itpm.policy.pack;

import org.egov.itpm.policy.Severity;

/** A dated duty; unused parameters are null. */
public record DeadlineRule(String code, DeadlineType type, Integer workingDays, Integer months,
                           Integer minMonths, Integer maxMonths, Integer years, Integer month, Integer day,
                           Severity severity, Citation cite) {}
