package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.Fixtures.d;

import java.time.LocalDate;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.policy.pack.Pack;
import org.junit.jupiter.api.Test;

/**
 * Gates of the fidelity audit's rows that lacked a positive or a negative test (R2, R4, P9, Q1, Q2, F3; docs/fidelity.md),
 * judged by the v2 packs that new projects bind to.
 */
class AuditRowGatesTest {

    private static final LocalDate ON = d("2025-06-01");

    private static Decision approve(Pack pack, ProjectFactsBuilder facts) {
        return StageGatePolicy.check(pack, facts.build(), Stage.APPROVED, ON);
    }

    private static void refusedFor(Decision decision, String ruleCode, String citation) {
        assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.reasons())
                .anySatisfy(reason -> {
                    assertThat(reason.ruleCode()).isEqualTo(ruleCode);
                    assertThat(reason.cite().render()).isEqualTo(citation);
                }));
    }

    private static ProjectFactsBuilder baotouWithoutReview() {
        return Fixtures.project(Fixtures.v2("baotou-2024")).stage(Stage.IN_REVIEW).estimated("1000000").inAnnualPlan(true)
                .approval(ApprovalKind.PROJECT_PROPOSAL, d("2025-01-20")).approval(ApprovalKind.FEASIBILITY_STUDY, d("2025-02-20"))
                .approval(ApprovalKind.PRELIMINARY_DESIGN, d("2025-03-20")).approval(ApprovalKind.BUDGET_ESTIMATE, d("2025-03-20"));
    }

    /** R4 −: neither experts nor a third party reviewed the project. */
    @Test
    void baotouArt11RefusesApprovalWithoutAnExpertOrThirdPartyReview() {
        refusedFor(approve(Fixtures.v2("baotou-2024"), baotouWithoutReview()), "EXPERT_OR_THIRD_PARTY", "baotou-2024 art.11");
    }

    /** R4 +: either route of art.11 (组织行业专家或委托第三方机构) is enough. */
    @Test
    void baotouArt11AcceptsEitherTheExpertsOrTheThirdParty() {
        Pack baotou = Fixtures.v2("baotou-2024");
        assertThat(approve(baotou, baotouWithoutReview().review(ReviewType.EXPERT_ARGUMENTATION, d("2025-01-10"))).isAllowed()).isTrue();
        assertThat(approve(baotou, baotouWithoutReview().review(ReviewType.THIRD_PARTY_ASSESSMENT, d("2025-01-10"))).isAllowed()).isTrue();
    }

    /** R2 −: the assessment round and its report are both required. */
    @Test
    void wushanArt9RefusesApprovalWithoutTheThirdPartyAssessmentOrItsReport() {
        Pack wushan = Fixtures.v2("wushan-2022");
        ProjectFactsBuilder approvals = Fixtures.project(wushan).stage(Stage.IN_REVIEW).estimated("1000000")
                .approval(ApprovalKind.FEASIBILITY_STUDY, d("2023-02-01")).approval(ApprovalKind.BUDGET_ESTIMATE, d("2023-02-01"));

        refusedFor(approve(wushan, ProjectFactsBuilder.from(approvals.build())
                .documents(DocumentType.THIRD_PARTY_ASSESSMENT_REPORT)), "THIRD_PARTY_ASSESSMENT", "wushan-2022 art.9");
        refusedFor(approve(wushan, ProjectFactsBuilder.from(approvals.build())
                .review(ReviewType.THIRD_PARTY_ASSESSMENT, d("2023-01-10"))), "ASSESSMENT_REPORT", "wushan-2022 art.9");
        assertThat(approve(wushan, approvals.review(ReviewType.THIRD_PARTY_ASSESSMENT, d("2023-01-10"))
                .documents(DocumentType.THIRD_PARTY_ASSESSMENT_REPORT)).isAllowed()).isTrue();
    }

    /** P9 +: a self-raised project is filed (备案) under art.12 instead of the art.8/art.11 chain. */
    @Test
    void baotouArt12ApprovesAProjectOnOtherFundingWithAFilingInsteadOfTheChain() {
        Pack baotou = Fixtures.v2("baotou-2024");
        ProjectFactsBuilder selfRaised = Fixtures.project(baotou).stage(Stage.IN_REVIEW).estimated("1000000")
                .funding(FundingSource.SELF_RAISED);

        refusedFor(approve(baotou, ProjectFactsBuilder.from(selfRaised.build())), "FILING_FOR_OTHER_FUNDING", "baotou-2024 art.12");
        assertThat(approve(baotou, selfRaised.approval(ApprovalKind.FILING, d("2025-03-01"))).isAllowed()).isTrue();
    }

    /** Jianshan's approval facts (as ApprovalGateTest) with only the given documents. */
    private static ProjectFactsBuilder jianshanWith(DocumentType... documents) {
        return Fixtures.project(Fixtures.v2("jianshan-2024")).stage(Stage.IN_REVIEW).estimated("1000000")
                .review(ReviewType.EXPERT_ARGUMENTATION, d("2024-03-01")).documents(documents)
                .approval(ApprovalKind.FEASIBILITY_STUDY, d("2024-04-01")).approval(ApprovalKind.PRELIMINARY_DESIGN, d("2024-05-01"))
                .approval(ApprovalKind.GOVERNMENT_ENDORSEMENT, d("2024-05-10"));
    }

    /** Q1: 信息资源目录是审批…的必备条件. */
    @Test
    void jianshanItem7RefusesApprovalWithoutTheResourceCatalogue() {
        Pack jianshan = Fixtures.v2("jianshan-2024");
        assertThat(approve(jianshan, jianshanWith(DocumentType.EXPERT_OPINION, DocumentType.DATA_SHARING_CHAPTER,
                DocumentType.INFORMATION_RESOURCE_CATALOGUE)).isAllowed()).isTrue();
        refusedFor(approve(jianshan, jianshanWith(DocumentType.EXPERT_OPINION, DocumentType.DATA_SHARING_CHAPTER)),
                "RESOURCE_CATALOGUE", "jianshan-2024 item 7");
    }

    /** Q2: 可行性研究报告、初步设计方案应当包括信息资源共享分析篇（章）. */
    @Test
    void jianshanItem6RefusesApprovalWithoutTheDataSharingChapter() {
        Pack jianshan = Fixtures.v2("jianshan-2024");
        assertThat(approve(jianshan, jianshanWith(DocumentType.EXPERT_OPINION, DocumentType.DATA_SHARING_CHAPTER,
                DocumentType.INFORMATION_RESOURCE_CATALOGUE)).isAllowed()).isTrue();
        refusedFor(approve(jianshan, jianshanWith(DocumentType.EXPERT_OPINION, DocumentType.INFORMATION_RESOURCE_CATALOGUE)),
                "DATA_SHARING_CHAPTER", "jianshan-2024 item 6");
    }

    /** F3 gate: a municipally funded project is applied for only from the project library (项目库). */
    @Test
    void baotouArt5RefusesApplicationOutsideTheProjectLibrary() {
        Pack baotou = Fixtures.v2("baotou-2024");
        ProjectFactsBuilder eligible = Fixtures.project(baotou).stage(Stage.DRAFT).estimated("1000000")
                .attest(Attestation.MEETS_DIGITAL_GOVERNMENT_PLAN, Attestation.CLEAR_NEEDS_AND_SOUND_DESIGN,
                        Attestation.MEETS_SHARING_AND_INTENSIVE_BUILD);

        refusedFor(StageGatePolicy.check(baotou, eligible.build(), Stage.APPLIED, ON), "PROJECT_LIBRARY", "baotou-2024 art.5");
        assertThat(StageGatePolicy.check(baotou, eligible.stage(Stage.LIBRARY).libraryEnteredOn(d("2025-05-01")).build(),
                Stage.APPLIED, ON).isAllowed()).isTrue();
    }
}
