package org.egov.itpm.policy.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.CheckRule;
import org.egov.itpm.policy.pack.Pack;

/**
 * Whether an annual investment plan or budget entry may be made now. A pack's ANNUAL_PLAN_FROM_STAGE rule refuses a
 * plan entry before the project reaches its stage (wushan-2022 art.21: not before the FSR and estimate are approved,
 * i.e. before 立项); its BUDGET_MATCHES_ANNUAL_PLAN rule refuses a budget for a year the project is not in the plan, or
 * of another amount than the plan's (wushan-2022 art.10).
 */
public final class FundingEntryPolicy {

    private FundingEntryPolicy() {
    }

    /** The cited reasons refusing an annual-plan entry for {@code facts} under {@code pack}; empty when allowed. */
    public static List<Reason> planRefusals(Pack pack, ProjectFacts facts) {
        return pack.checks().stream()
                .filter(CheckRule.AnnualPlanFromStage.class::isInstance).map(CheckRule.AnnualPlanFromStage.class::cast)
                .filter(rule -> rule.when().matches(facts) && !facts.hasReached(rule.fromStage()))
                .map(rule -> new Reason("ANNUAL_PLAN_BEFORE_STAGE", rule.code(), rule.cite(),
                        "no annual investment plan entry before the project reaches " + rule.fromStage() + " ("
                                + rule.cite().render() + ")",
                        "项目" + Labels.zh(rule.fromStage().name()) + "前不得纳入年度投资计划（" + rule.cite().render() + "）"))
                .toList();
    }

    /**
     * The cited reasons refusing a budget of {@code budget} for a year whose annual-plan amount is {@code planned}
     * (null: the project is not in that year's plan); empty when allowed.
     */
    public static List<Reason> budgetRefusals(Pack pack, ProjectFacts facts, int year, BigDecimal planned,
                                              BigDecimal budget) {
        List<Reason> out = new ArrayList<>();
        pack.checks().stream()
                .filter(CheckRule.BudgetMatchesPlan.class::isInstance).map(CheckRule.BudgetMatchesPlan.class::cast)
                .filter(rule -> rule.when().matches(facts)).forEach(rule -> {
                    String cite = rule.cite().render();
                    if (planned == null) {
                        out.add(new Reason("NOT_IN_ANNUAL_PLAN", rule.code(), rule.cite(), "the project is not in the"
                                + " annual investment plan for " + year + ", so it gets no budget (" + cite + ")",
                                "项目未纳入" + year + "年度投资计划，不予纳入部门预算（" + cite + "）"));
                    } else if (planned.compareTo(budget) != 0) {
                        out.add(new Reason("BUDGET_DIFFERS_FROM_PLAN", rule.code(), rule.cite(), "the budget "
                                + budget.toPlainString() + " differs from the " + year + " annual plan amount "
                                + planned.toPlainString() + " (" + cite + ")", "预算金额" + budget.toPlainString() + "与"
                                + year + "年度投资计划金额" + planned.toPlainString() + "不一致（" + cite + "）"));
                    }
                });
        return out;
    }
}
