package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.ApprovalKind.FEASIBILITY_STUDY;
import static org.egov.itpm.policy.ApprovalKind.GOVERNMENT_ENDORSEMENT;
import static org.egov.itpm.policy.ApprovalKind.PRELIMINARY_DESIGN;
import static org.egov.itpm.policy.ApprovalKind.PROJECT_APPROVAL;
import static org.egov.itpm.policy.DocumentType.CONSTRUCTION_PLAN;
import static org.egov.itpm.policy.DocumentType.CRYPTO_APPLICATION_PLAN;
import static org.egov.itpm.policy.DocumentType.DATA_SHARING_CHAPTER;
import static org.egov.itpm.policy.DocumentType.EXPERT_OPINION;
import static org.egov.itpm.policy.DocumentType.INFORMATION_RESOURCE_CATALOGUE;
import static org.egov.itpm.policy.rules.Fixtures.d;

import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.policy.pack.Pack;
import org.junit.jupiter.api.Test;

/**
 * D2: a step taken out of order blocks approval, and repeating it in the right order cures it (the LATEST act of
 * the dependent step is compared with the EARLIEST act of the step it depends on).
 */
class OutOfOrderCureTest {

    private static final java.time.LocalDate ON = d("2025-06-01");

    @Test
    void qufuTechnicalReviewBeforeTheDemandReviewIsCuredByARepeatedTechnicalReview() {
        ProjectFactsBuilder b = Fixtures.project(Fixtures.QUFU).stage(Stage.IN_REVIEW).estimated("1000000")
                .documents(CONSTRUCTION_PLAN, CRYPTO_APPLICATION_PLAN)
                .review(ReviewType.DEMAND_REVIEW, d("2024-08-01")).review(ReviewType.TECHNICAL_REVIEW, d("2024-07-15"))
                .approval(PROJECT_APPROVAL, d("2024-09-20"));

        assertOutOfOrder(Fixtures.QUFU, b, "REVIEW_OUT_OF_ORDER", "TECHNICAL_REVIEW", "qufu-2024 art.6");
        assertAllowed(Fixtures.QUFU, b.review(ReviewType.TECHNICAL_REVIEW, d("2024-09-01")));
    }

    @Test
    void qufuTechnicalReviewRepeatedStillBeforeTheDemandReviewStaysBlocked() {
        ProjectFactsBuilder b = Fixtures.project(Fixtures.QUFU).stage(Stage.IN_REVIEW).estimated("1000000")
                .documents(CONSTRUCTION_PLAN, CRYPTO_APPLICATION_PLAN)
                .review(ReviewType.DEMAND_REVIEW, d("2024-08-01")).review(ReviewType.TECHNICAL_REVIEW, d("2024-07-15"))
                .review(ReviewType.TECHNICAL_REVIEW, d("2024-07-31")).approval(PROJECT_APPROVAL, d("2024-09-20"));

        assertOutOfOrder(Fixtures.QUFU, b, "REVIEW_OUT_OF_ORDER", "TECHNICAL_REVIEW", "qufu-2024 art.6");
    }

    @Test
    void qufuApprovalCannotLeanOnATechnicalReviewHeldBeforeTheDemandReview() {
        ProjectFactsBuilder b = Fixtures.project(Fixtures.QUFU).stage(Stage.IN_REVIEW).estimated("1000000")
                .documents(CONSTRUCTION_PLAN, CRYPTO_APPLICATION_PLAN)
                .review(ReviewType.TECHNICAL_REVIEW, d("2024-07-15")).review(ReviewType.DEMAND_REVIEW, d("2024-08-01"))
                .review(ReviewType.TECHNICAL_REVIEW, d("2024-09-01")).approval(PROJECT_APPROVAL, d("2024-08-15"));

        assertOutOfOrder(Fixtures.QUFU, b, "APPROVAL_OUT_OF_ORDER", "PROJECT_APPROVAL", "qufu-2024 art.16");
        assertAllowed(Fixtures.QUFU, b.approval(PROJECT_APPROVAL, d("2024-09-20")));
    }

    @Test
    void jiangxiJointReviewBeforeTheExpertEvaluationIsCuredByARepeatedJointReview() {
        ProjectFactsBuilder b = Fixtures.project(Fixtures.JIANGXI).stage(Stage.IN_REVIEW).estimated("1000000")
                .review(ReviewType.EXPERT_ARGUMENTATION, d("2025-02-01")).review(ReviewType.JOINT_REVIEW, d("2025-01-15"))
                .approval(PROJECT_APPROVAL, d("2025-04-01"));

        assertOutOfOrder(Fixtures.JIANGXI, b, "REVIEW_OUT_OF_ORDER", "JOINT_REVIEW", "jiangxi-2024 art.18");
        assertAllowed(Fixtures.JIANGXI, b.review(ReviewType.JOINT_REVIEW, d("2025-03-01")));
    }

    @Test
    void jiangxiNdrcApprovalBeforeTheJointReviewIsCuredByARepeatedApproval() {
        ProjectFactsBuilder b = Fixtures.project(Fixtures.JIANGXI).stage(Stage.IN_REVIEW).estimated("1000000")
                .review(ReviewType.EXPERT_ARGUMENTATION, d("2025-02-01")).review(ReviewType.JOINT_REVIEW, d("2025-03-01"))
                .approval(PROJECT_APPROVAL, d("2025-02-15"));

        assertOutOfOrder(Fixtures.JIANGXI, b, "APPROVAL_OUT_OF_ORDER", "NDRC_APPROVAL", "jiangxi-2024 art.20");
        assertAllowed(Fixtures.JIANGXI, b.approval(PROJECT_APPROVAL, d("2025-04-01")));
    }

    @Test
    void jianshanPreliminaryDesignApprovedBeforeTheFsrIsCuredByARepeatedApproval() {
        ProjectFactsBuilder b = Fixtures.project(Fixtures.JIANSHAN).stage(Stage.IN_REVIEW).estimated("1000000")
                .review(ReviewType.EXPERT_ARGUMENTATION, d("2024-03-01"))
                .documents(EXPERT_OPINION, DATA_SHARING_CHAPTER, INFORMATION_RESOURCE_CATALOGUE)
                .approval(FEASIBILITY_STUDY, d("2024-04-01")).approval(PRELIMINARY_DESIGN, d("2024-03-15"))
                .approval(GOVERNMENT_ENDORSEMENT, d("2024-05-10"));

        assertOutOfOrder(Fixtures.JIANSHAN, b, "APPROVAL_OUT_OF_ORDER", "PRELIMINARY_DESIGN_APPROVAL", "jianshan-2024 item 4");
        assertAllowed(Fixtures.JIANSHAN, b.approval(PRELIMINARY_DESIGN, d("2024-05-01")));
    }

    private static void assertOutOfOrder(Pack pack, ProjectFactsBuilder b, String code, String ruleCode, String cite) {
        assertThat(StageGatePolicy.check(pack, b.build(), Stage.APPROVED, ON)).isInstanceOfSatisfying(
                Decision.Rejected.class, r -> assertThat(r.reasons()).singleElement().satisfies(reason -> {
                    assertThat(reason.code()).isEqualTo(code);
                    assertThat(reason.ruleCode()).isEqualTo(ruleCode);
                    assertThat(reason.cite().render()).isEqualTo(cite);
                    assertThat(reason.messageZh()).contains(cite);
                }));
    }

    private static void assertAllowed(Pack pack, ProjectFactsBuilder b) {
        assertThat(StageGatePolicy.check(pack, b.build(), Stage.APPROVED, ON)).isInstanceOf(Decision.Allowed.class);
    }
}
