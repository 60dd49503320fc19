package org.egov.itpm.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.pack.BuiltInPacks;
import org.egov.itpm.policy.rules.Decision;
import org.egov.itpm.policy.rules.StageGatePolicy;
import org.junit.jupiter.api.Test;

/** The facts a move dated {@code on} is judged on: nothing that happened after that day. */
class ProjectFactsAsOfTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private static ProjectFacts qufuReadyForApproval() {
        return ProjectFactsBuilder.project("p", "370881").stage(Stage.IN_REVIEW).estimated("100000.00")
                .libraryEnteredOn(LocalDate.of(2026, 1, 5)).appliedOn(LocalDate.of(2026, 1, 10))
                .review(ReviewType.DEMAND_REVIEW, LocalDate.of(2026, 2, 1))
                .review(ReviewType.TECHNICAL_REVIEW, MARCH_2)
                .approval(ApprovalKind.PROJECT_APPROVAL, MARCH_2)
                .documents(org.egov.itpm.policy.DocumentType.CONSTRUCTION_PLAN,
                        org.egov.itpm.policy.DocumentType.CRYPTO_APPLICATION_PLAN,
                        org.egov.itpm.policy.DocumentType.COLLECTIVE_DECISION_RECORD)
                .contract(new ContractFacts("c", ContractKind.CONSTRUCTION, LocalDate.of(2026, 2, 20), MARCH_2, null,
                        null, null, null, Set.of()))
                .build();
    }

    @Test
    void shouldLeaveOutEveryActDatedAfterTheDay() {
        ProjectFacts before = qufuReadyForApproval().asOf(LocalDate.of(2026, 3, 1));
        assertThat(before.reviews()).extracting(PassedReview::type).containsExactly(ReviewType.DEMAND_REVIEW);
        assertThat(before.approvals()).isEmpty();
        assertThat(before.contracts().get(0).signedOn()).isNull();
        assertThat(before.contracts().get(0).awardNoticeOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(before.appliedOn()).isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void shouldKeepEverythingUpToAndIncludingTheDay() {
        ProjectFacts same = qufuReadyForApproval().asOf(MARCH_2);
        assertThat(same).isEqualTo(qufuReadyForApproval());
    }

    @Test
    void shouldRefuseApprovalDatedBeforeTheTechnicalReviewItRestsOn() {
        var pack = BuiltInPacks.load("qufu-2024.json");
        assertThat(StageGatePolicy.check(pack, qufuReadyForApproval().asOf(MARCH_2), Stage.APPROVED, MARCH_2))
                .isInstanceOf(Decision.Allowed.class);
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(StageGatePolicy.check(pack, qufuReadyForApproval().asOf(day), Stage.APPROVED, day))
                .isInstanceOf(Decision.Rejected.class);
    }
}
