package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.Fixtures.d;

import java.util.List;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.Stage;
import org.junit.jupiter.api.Test;

class NextStepsPolicyTest {

    @Test
    void shouldListWhatQufuStillNeedsForApproval() {
        var facts = Fixtures.project(Fixtures.QUFU).stage(Stage.IN_REVIEW).estimated("8000000")
                .review(ReviewType.DEMAND_REVIEW, d("2025-01-10")).build();

        List<OpenStep> steps = NextStepsPolicy.nextSteps(Fixtures.QUFU, facts);

        assertThat(steps).allSatisfy(s -> assertThat(s.stage()).isEqualTo(Stage.APPROVED));
        assertThat(steps).extracting(s -> s.reason().ruleCode())
                .containsExactly("TECHNICAL_REVIEW", "CONSTRUCTION_PLAN", "CRYPTO_PLAN", "FSR_FROM_5_MILLION", "PROJECT_APPROVAL");
        assertThat(steps).extracting(s -> s.reason().cite().render()).contains("qufu-2024 art.6", "qufu-2024 art.16");
    }

    @Test
    void shouldLookPastAStageThePackSwitchesOff() {
        var facts = Fixtures.project(Fixtures.WUSHAN).stage(Stage.DRAFT).build();

        List<OpenStep> steps = NextStepsPolicy.nextSteps(Fixtures.WUSHAN, facts);

        assertThat(steps).extracting(s -> s.reason().ruleCode()).containsExactly("LISTED", "DATA_RESOURCE_CATALOGUE");
        assertThat(steps).allSatisfy(s -> assertThat(s.stage()).isEqualTo(Stage.APPLIED));
    }

    @Test
    void shouldHaveNothingOpenForAClosedProject() {
        var facts = Fixtures.project(Fixtures.WUSHAN).stage(Stage.WITHDRAWN).build();

        assertThat(NextStepsPolicy.nextSteps(Fixtures.WUSHAN, facts)).isEmpty();
    }

    @Test
    void shouldJudgeTheTrialRunOnTheDayAsked() {
        var facts = Fixtures.project(Fixtures.JIANGXI).stage(Stage.TRIAL_RUN).trialRunStartedOn(d("2025-01-10")).build();

        assertThat(NextStepsPolicy.nextSteps(Fixtures.JIANGXI, facts, d("2025-07-09"))).hasSize(1);
        assertThat(NextStepsPolicy.nextSteps(Fixtures.JIANGXI, facts, d("2025-07-10"))).isEmpty();
    }
}
