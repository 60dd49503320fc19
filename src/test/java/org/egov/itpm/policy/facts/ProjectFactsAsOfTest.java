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

    /** #13: an authority's opinion or a filed report counts from its own date; an uploaded document always counts. */
    @Test
    void shouldLeaveOutOpinionsAndReportsDatedAfterTheDayButKeepUploads() {
        var pack = BuiltInPacks.load("jianshan-2024.json");
        LocalDate archive = LocalDate.of(2026, 9, 10);
        ProjectFacts facts = ProjectFactsBuilder.project("p", "230502").stage(Stage.CONSTRUCTION)
                .completedOn(LocalDate.of(2026, 8, 3))
                .documentOn(org.egov.itpm.policy.DocumentType.ARCHIVE_ACCEPTANCE_OPINION, archive)
                .documentOn(org.egov.itpm.policy.DocumentType.PERFORMANCE_REPORT, LocalDate.of(2026, 9, 1))
                .documents(org.egov.itpm.policy.DocumentType.PROJECT_SUMMARY)
                .documentOn(org.egov.itpm.policy.DocumentType.PROJECT_SUMMARY, LocalDate.of(2026, 9, 20))
                .build();

        assertThat(facts.asOf(archive.minusDays(1)).documents()).containsExactlyInAnyOrder(
                org.egov.itpm.policy.DocumentType.PERFORMANCE_REPORT, org.egov.itpm.policy.DocumentType.PROJECT_SUMMARY);
        assertThat(facts.asOf(archive).documents()).contains(org.egov.itpm.policy.DocumentType.ARCHIVE_ACCEPTANCE_OPINION);
        assertThat(ProjectFactsBuilder.from(facts).build()).isEqualTo(facts);
        Decision dayBefore = StageGatePolicy.check(pack, facts.asOf(archive.minusDays(1)), Stage.FINAL_ACCEPTANCE,
                archive.minusDays(1));
        assertThat(dayBefore).isInstanceOf(Decision.Rejected.class);
        assertThat(((Decision.Rejected) dayBefore).reasons()).extracting(r -> r.cite().render())
                .contains("jianshan-2024 item 18");
    }
}
