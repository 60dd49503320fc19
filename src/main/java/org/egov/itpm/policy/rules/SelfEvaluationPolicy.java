package org.egov.itpm.policy.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.egov.itpm.policy.calendar.WorkingDayCalendar;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.DeadlineType;
import org.egov.itpm.policy.pack.Pack;

/** The self-evaluation windows after acceptance (one window, or one per year for Qufu). */
public final class SelfEvaluationPolicy {

    private static final Set<DeadlineType> TYPES = Set.of(DeadlineType.SELF_EVALUATION_WINDOW, DeadlineType.SELF_EVALUATION_YEARLY);

    private SelfEvaluationPolicy() {
    }

    public static List<Deadline> windows(Pack pack, ProjectFacts facts, WorkingDayCalendar calendar, LocalDate today) {
        Set<String> codes = pack.deadlines().stream().filter(d -> TYPES.contains(d.type()))
                .map(d -> d.code()).collect(java.util.stream.Collectors.toSet());
        return DeadlinePolicy.deadlines(pack, facts, calendar, today).stream()
                .filter(d -> codes.contains(d.ruleCode())).toList();
    }
}
