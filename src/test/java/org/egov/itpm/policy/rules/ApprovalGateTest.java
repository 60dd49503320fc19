package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.ApprovalKind.BUDGET_ESTIMATE;
import static org.egov.itpm.policy.ApprovalKind.FEASIBILITY_STUDY;
import static org.egov.itpm.policy.ApprovalKind.GOVERNMENT_ENDORSEMENT;
import static org.egov.itpm.policy.ApprovalKind.PRELIMINARY_DESIGN;
import static org.egov.itpm.policy.ApprovalKind.PROJECT_APPROVAL;
import static org.egov.itpm.policy.ApprovalKind.PROJECT_PROPOSAL;
import static org.egov.itpm.policy.DocumentType.CONSTRUCTION_PLAN;
import static org.egov.itpm.policy.DocumentType.CRYPTO_APPLICATION_PLAN;
import static org.egov.itpm.policy.DocumentType.DATA_SHARING_CHAPTER;
import static org.egov.itpm.policy.DocumentType.EXPERT_OPINION;
import static org.egov.itpm.policy.DocumentType.INFORMATION_RESOURCE_CATALOGUE;
import static org.egov.itpm.policy.DocumentType.THIRD_PARTY_ASSESSMENT_REPORT;
import static org.egov.itpm.policy.rules.Fixtures.d;
import static org.egov.itpm.policy.rules.Fixtures.pack;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.egov.itpm.policy.ExclusionGround;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.policy.pack.Pack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IN_REVIEW -> APPROVED per pack: the complete case passes, each variation fails for its cited reason. Steps out of
 * order (and their cure by repeating them) are in {@link OutOfOrderCureTest}.
 */
class ApprovalGateTest {

    /** Facts that satisfy each pack's approval gate. */
    static ProjectFactsBuilder complete(Pack pack) {
        ProjectFactsBuilder b = Fixtures.project(pack).stage(Stage.IN_REVIEW).estimated("1000000");
        return switch (pack.id()) {
            case "jianshan-2024" -> b.review(ReviewType.EXPERT_ARGUMENTATION, d("2024-03-01"))
                    .documents(EXPERT_OPINION, DATA_SHARING_CHAPTER, INFORMATION_RESOURCE_CATALOGUE)
                    .approval(FEASIBILITY_STUDY, d("2024-04-01")).approval(PRELIMINARY_DESIGN, d("2024-05-01"))
                    .approval(GOVERNMENT_ENDORSEMENT, d("2024-05-10"));
            case "wushan-2022" -> b.review(ReviewType.THIRD_PARTY_ASSESSMENT, d("2023-01-10"))
                    .documents(THIRD_PARTY_ASSESSMENT_REPORT)
                    .approval(FEASIBILITY_STUDY, d("2023-02-01")).approval(BUDGET_ESTIMATE, d("2023-02-01"));
            case "qufu-2024" -> b.review(ReviewType.DEMAND_REVIEW, d("2024-08-01"))
                    .review(ReviewType.TECHNICAL_REVIEW, d("2024-09-01"))
                    .documents(CONSTRUCTION_PLAN, CRYPTO_APPLICATION_PLAN).approval(PROJECT_APPROVAL, d("2024-09-20"));
            case "baotou-2024" -> b.inAnnualPlan(true).review(ReviewType.THIRD_PARTY_ASSESSMENT, d("2025-01-10"))
                    .approval(PROJECT_PROPOSAL, d("2025-01-20")).approval(FEASIBILITY_STUDY, d("2025-02-20"))
                    .approval(PRELIMINARY_DESIGN, d("2025-03-20")).approval(BUDGET_ESTIMATE, d("2025-03-20"));
            case "jiangxi-2024" -> b.review(ReviewType.EXPERT_ARGUMENTATION, d("2025-02-01"))
                    .review(ReviewType.JOINT_REVIEW, d("2025-03-01")).approval(PROJECT_APPROVAL, d("2025-04-01"));
            default -> throw new IllegalArgumentException(pack.id());
        };
    }

    static Stream<Arguments> negativeCases() {
        return Stream.of(
                Arguments.of("wushan-2022", (UnaryOperator<ProjectFactsBuilder>) b -> b.estimated("30000000"),
                        "APPROVAL_MISSING", "PRELIMINARY_DESIGN_APPROVAL_LARGE", "wushan-2022 art.9"),
                Arguments.of("qufu-2024", (UnaryOperator<ProjectFactsBuilder>) b -> b.estimated("5000000"),
                        "DOCUMENT_MISSING", "FSR_FROM_5_MILLION", "qufu-2024 art.6"),
                Arguments.of("baotou-2024", (UnaryOperator<ProjectFactsBuilder>) b -> b.funding(FundingSource.SELF_RAISED),
                        "APPROVAL_MISSING", "FILING_FOR_OTHER_FUNDING", "baotou-2024 art.12"),
                Arguments.of("baotou-2024", (UnaryOperator<ProjectFactsBuilder>) b -> b.inAnnualPlan(false),
                        "ANNUAL_PLAN_MISSING", "ANNUAL_PLAN", "baotou-2024 art.8"),
                Arguments.of("jiangxi-2024", (UnaryOperator<ProjectFactsBuilder>) b -> b.excludedBy(ExclusionGround.NOT_ON_GOVERNMENT_CLOUD),
                        "EXCLUDED", "NOT_SUPPORTED_NOT_ON_GOVERNMENT_CLOUD", "jiangxi-2024 art.17"));
    }

    @ParameterizedTest
    @MethodSource("org.egov.itpm.policy.rules.PackIds#all")
    void shouldAllowApprovalWhenEveryRequirementIsMet(String packId) {
        Pack pack = pack(packId);

        Decision decision = StageGatePolicy.check(pack, complete(pack).build(), Stage.APPROVED, d("2025-06-01"));

        assertThat(decision).isInstanceOf(Decision.Allowed.class);
    }

    @ParameterizedTest(name = "{0}: {3} {4}")
    @MethodSource("negativeCases")
    void shouldRejectApprovalCitingTheUnmetRule(String packId, UnaryOperator<ProjectFactsBuilder> variation,
                                                String code, String ruleCode, String citation) {
        Pack pack = pack(packId);

        Decision decision = StageGatePolicy.check(pack, variation.apply(complete(pack)).build(), Stage.APPROVED, d("2025-06-01"));

        assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.reasons())
                .anySatisfy(reason -> {
                    assertThat(reason.code()).isEqualTo(code);
                    assertThat(reason.ruleCode()).isEqualTo(ruleCode);
                    assertThat(reason.cite().render()).isEqualTo(citation);
                    assertThat(reason.messageEn()).contains(citation);
                    assertThat(reason.messageZh()).contains(citation);
                }));
    }

    @Test
    void shouldListEveryUnmetReasonAtOnce() {
        Decision decision = StageGatePolicy.check(Fixtures.QUFU,
                Fixtures.project(Fixtures.QUFU).stage(Stage.IN_REVIEW).estimated("6000000").build(), Stage.APPROVED);

        assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.reasons())
                .extracting(Reason::ruleCode).containsExactlyInAnyOrder("DEMAND_REVIEW", "TECHNICAL_REVIEW",
                        "CONSTRUCTION_PLAN", "CRYPTO_PLAN", "FSR_FROM_5_MILLION", "PROJECT_APPROVAL"));
    }

    @Test
    void shouldRefuseApprovalOnceTheJiangxiLibraryEntryHasLapsed() {
        var facts = complete(Fixtures.JIANGXI).libraryEnteredOn(d("2023-05-01")).build();

        assertThat(StageGatePolicy.check(Fixtures.JIANGXI, facts, Stage.APPROVED, d("2025-05-01")).isAllowed()).isTrue();
        assertThat(StageGatePolicy.check(Fixtures.JIANGXI, facts, Stage.APPROVED, d("2025-05-02")))
                .isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.reasons())
                        .extracting(Reason::code).containsExactly("LIBRARY_ENTRY_EXPIRED"));
    }

    static List<String> codes(Decision decision) {
        return decision instanceof Decision.Rejected r ? r.reasons().stream().map(Reason::code).toList() : List.of();
    }
}
