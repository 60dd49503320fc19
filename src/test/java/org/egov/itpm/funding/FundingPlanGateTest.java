package org.egov.itpm.funding;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** addFundingEntry under the pack's annual-plan rule: wushan-2022 art.21 (no plan entry before the 批复). */
@QuarkusTest
class FundingPlanGateTest {

    private static final String PLAN = "addFundingEntry(projectId: $id, input: {year: 2026, kind: ANNUAL_PLAN,"
            + " amount: \"1000000.00\"}) { kind }";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void wushanArt21RefusesTheAnnualPlanEntryBeforeApprovalAndArt10TheBudgetOutsideThePlanOverGraphQL() {
        Walk w = Walk.start(TestTokens.WS_STAFF, TestTokens.WS_AUTHORITY, "巫山县计划前置校验", "1000000.00",
                "CONSTRUCTION", "FISCAL").uploadAll("INFORMATION_RESOURCE_CATALOGUE").library().apply();

        w.tryRun("ndrc-approver", PLAN)
                .body("errors[0].extensions.code", equalTo("ANNUAL_PLAN_BEFORE_APPROVAL"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo("wushan-2022 art.21"));
        w.project("fundingEntries { kind }").body("data.project.fundingEntries", equalTo(java.util.List.of()));

        w.passReview("THIRD_PARTY_ASSESSMENT");
        w.uploadAs(w.as("evaluator"), "THIRD_PARTY_ASSESSMENT_REPORT");
        w.approval("ndrc-approver", "FEASIBILITY_STUDY", "1000000.00", "2026-02-01");
        w.approval("ndrc-approver", "BUDGET_ESTIMATE", "1000000.00", "2026-02-02");
        w.advance("authority-approver", "APPROVED");
        w.tryRun("finance-officer", budget("1000000.00"))
                .body("errors[0].extensions.code", equalTo("BUDGET_NOT_AS_PLANNED"))
                .body("errors[0].extensions.details.reasons[0].code", equalTo("NOT_IN_ANNUAL_PLAN"))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo("wushan-2022 art.10"));
        w.tryRun("ndrc-approver", PLAN).body("errors", nullValue())
                .body("data.addFundingEntry.kind", equalTo("ANNUAL_PLAN"));
        w.tryRun("finance-officer", budget("900000.00"))
                .body("errors[0].extensions.details.reasons[0].code", equalTo("BUDGET_DIFFERS_FROM_PLAN"));
        w.tryRun("finance-officer", budget("1000000")).body("errors", nullValue());
    }

    /** Wushan art.10 over GraphQL: the budget follows the year's plan, project and amount. */
    private static String budget(String amount) {
        return "addFundingEntry(projectId: $id, input: {year: 2026, kind: BUDGET, amount: \"" + amount + "\"}) { kind }";
    }
}
