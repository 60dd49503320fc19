package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.Fixtures.d;

import java.util.List;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Obligations of the seeds beyond DOMAIN's table (docs/fidelity.md, "Beyond the table"), judged by the v2 packs. */
class BeyondTableObligationsTest {

    /** Jiangxi art.27 ¶3: O&M and purchased-service projects report every year-end of their implementation too. */
    @ParameterizedTest
    @EnumSource(value = ProjectKind.class, names = {"OPERATION_MAINTENANCE", "PURCHASED_SERVICE"})
    void jiangxiArt27AsksAYearlyReportOfOmAndPurchasedServiceProjects(ProjectKind kind) {
        Pack jiangxi = Fixtures.v2("jiangxi-2024");
        var facts = Fixtures.project(jiangxi).kind(kind).constructionStartedOn(d("2024-03-01"))
                .performanceReport(2024, d("2024-12-20")).build();

        List<Deadline> reports = DeadlinePolicy.deadlines(jiangxi, facts, Fixtures.CALENDAR, d("2026-06-01")).stream()
                .filter(x -> x.ruleCode().equals("PERFORMANCE_REPORT")).toList();

        assertThat(reports).extracting(Deadline::status)
                .containsExactly(DeadlineStatus.MET, DeadlineStatus.MISSED, DeadlineStatus.DUE);
        assertThat(reports).allSatisfy(r -> assertThat(r.cite().render()).isEqualTo("jiangxi-2024 art.27"));
    }

    /** Wushan art.21: no annual-plan entry before 立项 (FSR and estimate approved): refused, and flagged if found. */
    @Test
    void wushanArt21RefusesAnAnnualPlanEntryBeforeApprovalAndFlagsOneFound() {
        Pack wushan = Fixtures.v2("wushan-2022");
        var inReview = Fixtures.project(wushan).stage(Stage.IN_REVIEW);

        assertThat(FundingEntryPolicy.planRefusals(wushan, inReview.build())).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("ANNUAL_PLAN_BEFORE_STAGE");
            assertThat(r.cite().render()).isEqualTo("wushan-2022 art.21");
        });
        assertThat(FindingPolicy.findings(wushan, inReview.inAnnualPlan(true).build(), Fixtures.CALENDAR, d("2025-06-01")))
                .filteredOn(f -> f.code().equals("NO_PLAN_BEFORE_APPROVAL")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void wushanArt21AllowsThePlanEntryOnceApprovedAndOtherPacksAtAnyStage() {
        Pack wushan = Fixtures.v2("wushan-2022");
        var approved = Fixtures.project(wushan).stage(Stage.APPROVED).inAnnualPlan(true);

        assertThat(FundingEntryPolicy.planRefusals(wushan, approved.build())).isEmpty();
        assertThat(FindingPolicy.findings(wushan, approved.build(), Fixtures.CALENDAR, d("2025-06-01")))
                .noneMatch(f -> f.code().equals("NO_PLAN_BEFORE_APPROVAL"));
        Pack baotou = Fixtures.v2("baotou-2024");
        assertThat(FundingEntryPolicy.planRefusals(baotou, Fixtures.project(baotou).stage(Stage.IN_REVIEW).build())).isEmpty();
    }

    /** Wushan art.10: a budget only for a year of the annual plan, and of the plan's amount. */
    @Test
    void wushanArt10RefusesABudgetOutsideTheAnnualPlanOrOfAnotherAmount() {
        Pack wushan = Fixtures.v2("wushan-2022");
        var facts = Fixtures.project(wushan).stage(Stage.APPROVED).build();

        assertThat(FundingEntryPolicy.budgetRefusals(wushan, facts, 2026, null, Fixtures.cny("1000000.00")))
                .extracting(Reason::code).containsExactly("NOT_IN_ANNUAL_PLAN");
        assertThat(FundingEntryPolicy.budgetRefusals(wushan, facts, 2026, Fixtures.cny("1000000.00"),
                Fixtures.cny("999999.99"))).singleElement().satisfies(r -> {
                    assertThat(r.code()).isEqualTo("BUDGET_DIFFERS_FROM_PLAN");
                    assertThat(r.cite().render()).isEqualTo("wushan-2022 art.10");
                });
    }

    @Test
    void wushanArt10AcceptsTheBudgetOfThePlannedAmountAndOtherPacksAnyBudget() {
        Pack wushan = Fixtures.v2("wushan-2022");
        var facts = Fixtures.project(wushan).stage(Stage.APPROVED).build();

        assertThat(FundingEntryPolicy.budgetRefusals(wushan, facts, 2026, Fixtures.cny("1000000.00"),
                Fixtures.cny("1000000"))).isEmpty();
        Pack qufu = Fixtures.v2("qufu-2024");
        assertThat(FundingEntryPolicy.budgetRefusals(qufu, Fixtures.project(qufu).build(), 2026, null,
                Fixtures.cny("1000000.00"))).isEmpty();
    }

    /** Jianshan item 8: a 初设 approved above the FSR 批复 needs its adjustments chapter, confirmed by the authority. */
    @Test
    void jianshanItem8AsksForTheAdjustmentsChapterOfADesignAboveTheFsrApproval() {
        Pack jianshan = Fixtures.v2("jianshan-2024");
        var above = Fixtures.project(jianshan).stage(Stage.APPROVED)
                .approval(ApprovalKind.FEASIBILITY_STUDY, d("2024-04-01"), Fixtures.cny("2000000.00"))
                .approval(ApprovalKind.PRELIMINARY_DESIGN, d("2024-05-01"), Fixtures.cny("2000000.01"));

        assertThat(FindingPolicy.findings(jianshan, above.build(), Fixtures.CALENDAR, d("2024-06-01")))
                .filteredOn(f -> f.code().equals("ADJUSTMENTS_CHAPTER")).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.cite().render()).isEqualTo("jianshan-2024 item 8");
                });
    }

    @Test
    void jianshanItem8IsSatisfiedByTheChapterAndAsksNothingOfADesignWithinTheFsrApproval() {
        Pack jianshan = Fixtures.v2("jianshan-2024");
        var within = Fixtures.project(jianshan).stage(Stage.APPROVED)
                .approval(ApprovalKind.FEASIBILITY_STUDY, d("2024-04-01"), Fixtures.cny("2000000.00"))
                .approval(ApprovalKind.PRELIMINARY_DESIGN, d("2024-05-01"), Fixtures.cny("2000000.00"));
        var explained = Fixtures.project(jianshan).stage(Stage.APPROVED)
                .approval(ApprovalKind.FEASIBILITY_STUDY, d("2024-04-01"), Fixtures.cny("2000000.00"))
                .approval(ApprovalKind.PRELIMINARY_DESIGN, d("2024-05-01"), Fixtures.cny("2500000.00"))
                .attest(Attestation.ADJUSTMENTS_CHAPTER);

        for (var facts : java.util.List.of(within, explained)) {
            assertThat(FindingPolicy.findings(jianshan, facts.build(), Fixtures.CALENDAR, d("2024-06-01")))
                    .noneMatch(f -> f.code().equals("ADJUSTMENTS_CHAPTER"));
        }
    }
}
