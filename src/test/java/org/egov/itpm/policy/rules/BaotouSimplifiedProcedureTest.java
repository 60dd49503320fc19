package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.ApprovalKind.BUDGET_ESTIMATE;
import static org.egov.itpm.policy.ApprovalKind.FEASIBILITY_STUDY;
import static org.egov.itpm.policy.ApprovalKind.PRELIMINARY_DESIGN;
import static org.egov.itpm.policy.ApprovalKind.PROJECT_APPROVAL;
import static org.egov.itpm.policy.ApprovalKind.PROJECT_PROPOSAL;
import static org.egov.itpm.policy.rules.Fixtures.BAOTOU;
import static org.egov.itpm.policy.rules.Fixtures.d;

import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.junit.jupiter.api.Test;

/**
 * M5: Baotou art.11 makes the four-step chain the rule (原则上), and ¶2 lets the authority simplify the documents
 * and procedure; art.7 ties 立项 to 达到一定额度 without an amount. A small project the authority has declared
 * simplified needs one 立项批复 instead of the chain; without the declaration it needs all four steps.
 */
class BaotouSimplifiedProcedureTest {

    private static ProjectFactsBuilder smallReviewedProject() {
        return Fixtures.project(BAOTOU).stage(Stage.IN_REVIEW).estimated("100000").inAnnualPlan(true)
                .review(ReviewType.EXPERT_ARGUMENTATION, d("2025-01-10"));
    }

    @Test
    void shouldApproveASimplifiedProjectOnOneProjectApprovalWithoutTheFourSteps() {
        var facts = smallReviewedProject().attest(Attestation.SIMPLIFIED_PROCEDURE)
                .approval(PROJECT_APPROVAL, d("2025-01-20")).build();

        assertThat(StageGatePolicy.check(BAOTOU, facts, Stage.APPROVED).isAllowed()).isTrue();
    }

    @Test
    void shouldStillNeedTheProjectApprovalAndTheReviewUnderTheSimplifiedProcedure() {
        var facts = Fixtures.project(BAOTOU).stage(Stage.IN_REVIEW).estimated("100000").inAnnualPlan(true)
                .attest(Attestation.SIMPLIFIED_PROCEDURE).build();

        assertThat(StageGatePolicy.check(BAOTOU, facts, Stage.APPROVED))
                .isInstanceOfSatisfying(Decision.Rejected.class, r -> {
                    assertThat(r.reasons()).extracting(Reason::ruleCode)
                            .containsExactlyInAnyOrder("EXPERT_OR_THIRD_PARTY", "SIMPLIFIED_APPROVAL");
                    assertThat(r.reasons()).filteredOn(x -> x.ruleCode().equals("SIMPLIFIED_APPROVAL"))
                            .singleElement().satisfies(x -> {
                                assertThat(x.cite().render()).isEqualTo("baotou-2024 art.11");
                                assertThat(x.cite().quote()).contains("可简化需要报批的文件和审批程序");
                            });
                });
    }

    @Test
    void shouldNeedTheFourStepsCitingArt11WithoutTheDeclarationHoweverSmall() {
        var facts = smallReviewedProject().approval(PROJECT_APPROVAL, d("2025-01-20")).build();

        assertThat(StageGatePolicy.check(BAOTOU, facts, Stage.APPROVED))
                .isInstanceOfSatisfying(Decision.Rejected.class, r -> {
                    assertThat(r.reasons()).extracting(Reason::ruleCode).containsExactlyInAnyOrder("PROPOSAL_APPROVAL",
                            "FSR_APPROVAL", "PRELIMINARY_DESIGN_APPROVAL", "ESTIMATE_APPROVAL");
                    assertThat(r.reasons()).allSatisfy(x -> assertThat(x.cite().render()).isEqualTo("baotou-2024 art.11"));
                });
    }

    @Test
    void shouldApproveTheFullChainWithoutTheDeclaration() {
        var facts = smallReviewedProject().approval(PROJECT_PROPOSAL, d("2025-01-20"))
                .approval(FEASIBILITY_STUDY, d("2025-02-20")).approval(PRELIMINARY_DESIGN, d("2025-03-20"))
                .approval(BUDGET_ESTIMATE, d("2025-03-20")).build();

        assertThat(StageGatePolicy.check(BAOTOU, facts, Stage.APPROVED).isAllowed()).isTrue();
    }
}
