package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.Fixtures.cny;
import static org.egov.itpm.policy.rules.Fixtures.d;

import java.util.List;
import org.egov.itpm.policy.ProjectKind;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.policy.pack.BuiltInPacks;
import org.egov.itpm.policy.pack.DeadlineType;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.reminder.ReminderPolicy;
import org.egov.itpm.policy.reminder.Responsible;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #20 in the version-2 packs: the surplus left by the final settlement is returned (jianshan-2024 item 22,
 * wushan-2022 art.19, qufu-2024 art.25, baotou-2024 art.20, jiangxi-2024 art.38), a delay is reported
 * (jianshan-2024 item 22, wushan-2022 art.18, jiangxi-2024 art.28), and the authority sends the O&M budget proposal
 * by 31 August (jiangxi-2024 art.36).
 */
class FollowUpRulesTest {

    static Pack v2(String id) {
        return BuiltInPacks.load(id + "-v2.json");
    }

    static ProjectFactsBuilder accepted(Pack pack) {
        return ProjectFactsBuilder.project("p1", pack.regionCode()).stage(Stage.OPERATION)
                .finalAcceptedOn(d("2025-03-03"));
    }

    static List<Finding> findings(Pack pack, ProjectFactsBuilder b, String today, String code) {
        return FindingPolicy.findings(pack, b.build(), Fixtures.CALENDAR, d(today)).stream()
                .filter(f -> f.code().equals(code)).toList();
    }

    @ParameterizedTest(name = "{0}: surplus not returned is cited under {1}")
    @CsvSource({"jianshan-2024, item 22", "wushan-2022, art.19", "qufu-2024, art.25", "baotou-2024, art.20",
            "jiangxi-2024, art.38"})
    void shouldAskForTheSurplusUntilItIsReturnedInFull(String packId, String article) {
        Pack pack = v2(packId);
        var open = findings(pack, accepted(pack).settled(d("2025-06-02"), cny("200000.00")), "2026-01-05",
                "SURPLUS_RETURN");
        assertThat(open).hasSize(1);
        assertThat(open.get(0).cite().render()).isEqualTo(packId + " " + article);
        assertThat(open.get(0).facts()).containsEntry("surplus", "200000.00").containsEntry("returned", "0.00");

        var partly = findings(pack, accepted(pack).settled(d("2025-06-02"), cny("200000.00"))
                .surplusReturned(d("2025-07-01"), cny("150000.00")), "2026-01-05", "SURPLUS_RETURN");
        assertThat(partly).hasSize(1);

        assertThat(findings(pack, accepted(pack).settled(d("2025-06-02"), cny("200000.00"))
                .surplusReturned(d("2025-07-01"), cny("200000.00")), "2026-01-05", "SURPLUS_RETURN")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: no surplus, nothing to return")
    @CsvSource({"jianshan-2024", "qufu-2024", "jiangxi-2024"})
    void shouldNotAskForASurplusWhenTheSettlementLeavesNoneOrIsNotRecorded(String packId) {
        Pack pack = v2(packId);
        assertThat(findings(pack, accepted(pack).settled(d("2025-06-02"), cny("0.00")), "2026-01-05",
                "SURPLUS_RETURN")).isEmpty();
        assertThat(findings(pack, accepted(pack), "2026-01-05", "SURPLUS_RETURN")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: an overdue construction without a delay report is cited under {1}")
    @CsvSource({"jianshan-2024, item 22", "wushan-2022, art.18", "jiangxi-2024, art.28"})
    void shouldAskForADelayReportOnceThePlannedEndHasPassedUnfinished(String packId, String article) {
        Pack pack = v2(packId);
        var building = ProjectFactsBuilder.project("p1", pack.regionCode()).stage(Stage.CONSTRUCTION)
                .constructionStartedOn(d("2025-03-03")).plannedEnd(d("2025-12-31"));
        assertThat(findings(pack, building, "2025-12-31", "DELAY_REPORT")).as("not yet late").isEmpty();

        var late = findings(pack, building, "2026-01-05", "DELAY_REPORT");
        assertThat(late).hasSize(1);
        assertThat(late.get(0).cite().render()).isEqualTo(packId + " " + article);

        assertThat(findings(pack, building.delayReported(d("2026-01-02")), "2026-01-05", "DELAY_REPORT"))
                .as("a delay report since the planned end answers it").isEmpty();
    }

    @Test
    void shouldNotAskForADelayReportBeforeThePlannedEndNorAfterCompletionNorWhereNoArticleAsksForIt() {
        Pack wushan = v2("wushan-2022");
        var reportedEarly = ProjectFactsBuilder.project("p1", wushan.regionCode()).stage(Stage.CONSTRUCTION)
                .constructionStartedOn(d("2025-03-03")).plannedEnd(d("2025-12-31")).delayReported(d("2025-11-03"));
        assertThat(findings(wushan, reportedEarly, "2026-01-05", "DELAY_REPORT"))
                .as("a report before the planned end does not answer the delay after it").hasSize(1);
        var completed = ProjectFactsBuilder.project("p1", wushan.regionCode()).stage(Stage.TRIAL_RUN)
                .constructionStartedOn(d("2025-03-03")).completedOn(d("2025-12-01")).plannedEnd(d("2025-12-31"));
        assertThat(findings(wushan, completed, "2026-01-05", "DELAY_REPORT")).isEmpty();
        for (String packId : List.of("qufu-2024", "baotou-2024")) {
            Pack pack = v2(packId);
            var building = ProjectFactsBuilder.project("p1", pack.regionCode()).stage(Stage.CONSTRUCTION)
                    .constructionStartedOn(d("2025-03-03")).plannedEnd(d("2025-12-31"));
            assertThat(findings(pack, building, "2026-01-05", "DELAY_REPORT")).as(packId).isEmpty();
        }
    }

    @Test
    void shouldExpectTheJiangxiOmBudgetProposalBy31AugustEveryYearFromAcceptanceFromTheAuthority() {
        Pack jiangxi = v2("jiangxi-2024");
        var system = ProjectFactsBuilder.project("p1", jiangxi.regionCode()).stage(Stage.OPERATION)
                .finalAcceptedOn(d("2024-09-10")).omBudgetProposal(2025, d("2025-08-29"))
                .omBudgetProposal(2026, d("2026-09-01"));
        var deadlines = DeadlinePolicy.deadlines(jiangxi, system.build(), Fixtures.CALENDAR, d("2027-09-01")).stream()
                .filter(x -> x.ruleCode().equals("OM_BUDGET_PROPOSAL_BY_31_AUGUST")).toList();

        assertThat(deadlines).extracting(Deadline::subject).containsExactly("year-2025", "year-2026", "year-2027");
        assertThat(deadlines).extracting(Deadline::status).containsExactly(DeadlineStatus.MET, DeadlineStatus.MISSED,
                DeadlineStatus.MISSED);
        assertThat(deadlines.get(0).due()).isEqualTo(d("2025-08-31"));
        assertThat(deadlines).allSatisfy(x -> assertThat(x.cite().render()).isEqualTo("jiangxi-2024 art.36"));
        assertThat(ReminderPolicy.responsibleFor(DeadlineType.OM_BUDGET_PROPOSAL)).isEqualTo(Responsible.AUTHORITY);
        assertThat(FindingPolicy.findings(jiangxi, system.build(), Fixtures.CALENDAR, d("2027-09-01")).stream()
                .filter(f -> f.code().equals("DEADLINE_MISSED") && f.cite().render().equals("jiangxi-2024 art.36")))
                .hasSize(2);
    }

    @Test
    void shouldNotExpectAnOmBudgetProposalForAnOmProjectNorBeforeAcceptanceNorInOtherPacks() {
        Pack jiangxi = v2("jiangxi-2024");
        var om = ProjectFactsBuilder.project("p1", jiangxi.regionCode()).kind(ProjectKind.OPERATION_MAINTENANCE)
                .stage(Stage.OPERATION).finalAcceptedOn(d("2025-03-03"));
        var building = ProjectFactsBuilder.project("p1", jiangxi.regionCode()).stage(Stage.CONSTRUCTION);
        for (var b : List.of(om, building)) {
            assertThat(DeadlinePolicy.deadlines(jiangxi, b.build(), Fixtures.CALENDAR, d("2026-09-01")).stream()
                    .filter(x -> x.ruleCode().equals("OM_BUDGET_PROPOSAL_BY_31_AUGUST"))).isEmpty();
        }
        for (String packId : List.of("jianshan-2024", "wushan-2022", "qufu-2024", "baotou-2024")) {
            Pack pack = v2(packId);
            assertThat(pack.deadlines()).noneMatch(r -> r.type() == DeadlineType.OM_BUDGET_PROPOSAL);
        }
    }
}
