package org.egov.itpm.policy.rules;

import java.util.List;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.CheckRule;
import org.egov.itpm.policy.pack.Pack;

/**
 * Whether the NDRC may enter a project in the annual investment plan now: a pack's ANNUAL_PLAN_FROM_STAGE rule
 * refuses the entry before the project reaches its stage (wushan-2022 art.21: no plan entry before the FSR and
 * estimate are approved, i.e. before 立项).
 */
public final class AnnualPlanEntryPolicy {

    private AnnualPlanEntryPolicy() {
    }

    /** The cited reasons refusing an annual-plan entry for {@code facts} under {@code pack}; empty when allowed. */
    public static List<Reason> refusals(Pack pack, ProjectFacts facts) {
        return pack.checks().stream()
                .filter(CheckRule.AnnualPlanFromStage.class::isInstance).map(CheckRule.AnnualPlanFromStage.class::cast)
                .filter(rule -> rule.when().matches(facts) && !facts.hasReached(rule.fromStage()))
                .map(rule -> new Reason("ANNUAL_PLAN_BEFORE_STAGE", rule.code(), rule.cite(),
                        "no annual investment plan entry before the project reaches " + rule.fromStage() + " ("
                                + rule.cite().render() + ")",
                        "项目" + Labels.zh(rule.fromStage().name()) + "前不得纳入年度投资计划（" + rule.cite().render() + "）"))
                .toList();
    }
}
