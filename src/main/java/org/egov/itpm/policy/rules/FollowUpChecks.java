package org.egov.itpm.policy.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.FollowUpFacts;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.CheckRule;

/**
 * Surplus return and delay reports (issue #20). The seeds give neither a time limit, so each is an open finding until
 * the act is recorded, not a deadline.
 */
final class FollowUpChecks {

    private FollowUpChecks() {
    }

    /** A settlement that leaves a surplus: open until a return of the whole surplus is recorded. */
    static List<Finding> surplusReturn(CheckRule.SurplusReturn rule, ProjectFacts f) {
        FollowUpFacts u = f.followUp();
        if (!u.surplusOutstanding()) {
            return List.of();
        }
        String returned = u.surplusReturned() == null ? "0.00" : ThresholdChecks.money(u.surplusReturned()).toPlainString();
        String surplus = ThresholdChecks.money(u.surplus()).toPlainString();
        Map<String, String> used = new LinkedHashMap<>();
        used.put("settledOn", u.settledOn().toString());
        used.put("surplus", surplus);
        used.put("returned", returned);
        return List.of(FindingText.project(rule, f, "the final settlement of " + u.settledOn() + " leaves a surplus of "
                        + surplus + " CNY, " + returned + " returned; return the surplus",
                "决算（" + u.settledOn() + "）结余资金" + surplus + "元，已退回" + returned + "元，应将结余资金退回", used));
    }

    /**
     * Construction still unfinished after the planned end date (工程逾期): the unit reports the delay. Open until a
     * delay report dated on or after the planned end is recorded; whether a delay is 严重 is not judged.
     */
    static List<Finding> delayReport(CheckRule.DelayReport rule, ProjectFacts f, LocalDate today) {
        FollowUpFacts u = f.followUp();
        LocalDate end = u.plannedEnd();
        boolean building = f.hasReached(Stage.CONSTRUCTION) && !f.hasReached(Stage.PRELIMINARY_ACCEPTANCE)
                && f.completedOn() == null;
        if (end == null || today == null || !today.isAfter(end) || !building
                || u.delayReports().stream().anyMatch(d -> !d.isBefore(end))) {
            return List.of();
        }
        return List.of(FindingText.project(rule, f, "construction planned to end on " + end
                        + " is unfinished and no delay report was filed since; report the delay",
                "项目计划于" + end + "完工，至今未完工且此后未报告逾期情况，应及时报告", Map.of("plannedEnd", end.toString())));
    }
}
