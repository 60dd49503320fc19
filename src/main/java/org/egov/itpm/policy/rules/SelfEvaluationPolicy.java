package org.egov.itpm.policy.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.egov.itpm.policy.calendar.WorkingDayCalendar;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.DeadlineRule;
import org.egov.itpm.policy.pack.DeadlineType;
import org.egov.itpm.policy.pack.Pack;

/** The self-evaluation windows after acceptance (one window, or one per year for Qufu). */
public final class SelfEvaluationPolicy {

    private static final Set<DeadlineType> TYPES = Set.of(DeadlineType.SELF_EVALUATION_WINDOW, DeadlineType.SELF_EVALUATION_YEARLY);

    private SelfEvaluationPolicy() {
    }

    /**
     * Why a self-evaluation dated {@code on} is refused: the pack's window after final acceptance has not opened yet
     * (e.g. Jianshan item 21 and Jiangxi art.40: from 6 months; Wushan art.24: from 12 months; Baotou art.23: from 1
     * year). Packs asking for one every year (Qufu art.36) open on acceptance.
     */
    public static Optional<Reason> tooEarly(Pack pack, ProjectFacts facts, LocalDate on) {
        if (facts.finalAcceptedOn() == null) {
            return Optional.empty();
        }
        for (DeadlineRule.SelfEvaluationWindow rule
                : DeadlineRule.ofKind(pack.deadlines(), DeadlineRule.SelfEvaluationWindow.class)) {
            LocalDate opens = facts.finalAcceptedOn().plusMonths(rule.minMonths());
            if (on.isBefore(opens)) {
                String where = " (" + rule.cite().render() + ")";
                return Optional.of(new Reason("SELF_EVALUATION_WINDOW_NOT_OPEN", rule.code(), rule.cite(),
                        "The self-evaluation window opens on " + opens + ", " + rule.minMonths() + " months after final"
                                + " acceptance on " + facts.finalAcceptedOn() + where,
                        "自评价应在竣工验收（" + facts.finalAcceptedOn() + "）后" + rule.minMonths() + "个月起开展，即"
                                + opens + "起" + where));
            }
        }
        return Optional.empty();
    }

    public static List<Deadline> windows(Pack pack, ProjectFacts facts, WorkingDayCalendar calendar, LocalDate today) {
        Set<String> codes = pack.deadlines().stream().filter(d -> TYPES.contains(d.type()))
                .map(d -> d.code()).collect(java.util.stream.Collectors.toSet());
        return DeadlinePolicy.deadlines(pack, facts, calendar, today).stream()
                .filter(d -> codes.contains(d.ruleCode())).toList();
    }
}
