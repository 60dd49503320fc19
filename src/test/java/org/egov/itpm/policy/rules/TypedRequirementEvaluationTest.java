package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.ExclusionGround;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.PackParser;
import org.egov.itpm.policy.pack.Requirement;
import org.junit.jupiter.api.Test;

/**
 * Each typed requirement kind evaluates its own parameters: the kinds no built-in pack exercises (an attestation,
 * several exclusion grounds, a trial run with an alternative) and the cross-kind order (an approval after a review).
 */
class TypedRequirementEvaluationTest {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final Pack PACK = PackParser.parse("""
            {"id": "demo-2025", "version": 1,
             "jurisdiction": {"name": "示例县", "regionCode": "110101"},
             "effectiveFrom": "2025-01-01", "effectCite": {"article": "art.9", "quote": "施行"},
             "requirements": [
               {"code": "SHARED", "gate": "APPROVED", "kind": "ATTESTATION", "anyOf": ["DATA_SHARED"],
                "when": {"minInvestment": 1000000}, "cite": {"article": "art.2", "quote": "共享"}},
               {"code": "NOT_EXCLUDED", "gate": "APPLIED", "kind": "EXCLUSION",
                "anyOf": ["NEW_INFRASTRUCTURE", "IDLE_SYSTEM"], "cite": {"article": "art.3", "quote": "不予申报"}},
               {"code": "TRIAL", "gate": "FINAL_ACCEPTANCE", "kind": "FACT",
                "anyOf": ["TRIAL_RUN_MONTHS", "PRELIMINARY_ACCEPTANCE_PASSED"], "months": 6,
                "cite": {"article": "art.4", "quote": "试运行"}},
               {"code": "TECH", "gate": "APPROVED", "kind": "REVIEW", "anyOf": ["TECHNICAL_REVIEW"],
                "cite": {"article": "art.5", "quote": "技术评审"}},
               {"code": "APPROVAL", "gate": "APPROVED", "kind": "APPROVAL", "anyOf": ["PROJECT_APPROVAL"],
                "after": "REVIEW:TECHNICAL_REVIEW", "cite": {"article": "art.6", "quote": "立项"}}],
             "change": {"mode": "MAJOR_CHANGE_REAPPROVAL", "cite": {"article": "art.7", "quote": "变更"}}}
            """);

    private static Requirement rule(String code) {
        return PACK.requirements().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static ProjectFactsBuilder project() {
        return ProjectFactsBuilder.project("p", "110101").estimated("2000000");
    }

    private static List<String> unmet(String code, ProjectFactsBuilder facts, LocalDate on) {
        return RequirementEvaluator.unmetAll(PACK, rule(code), facts.build(), on).stream()
                .map(r -> r.code() + " " + r.cite().render() + " " + r.messageEn()).toList();
    }

    @Test
    void shouldAskForTheAttestationOnlyWhereItsConditionApplies() {
        assertThat(unmet("SHARED", project(), JAN)).singleElement().asString()
                .startsWith("ATTESTATION_MISSING demo-2025 art.2");
        assertThat(unmet("SHARED", project().attest(Attestation.DATA_SHARED), JAN)).isEmpty();
        assertThat(unmet("SHARED", project().estimated("999999"), JAN)).isEmpty();
    }

    @Test
    void shouldNameTheExclusionGroundThatApplies() {
        assertThat(unmet("NOT_EXCLUDED", project(), JAN)).isEmpty();
        assertThat(unmet("NOT_EXCLUDED", project().excludedBy(ExclusionGround.IDLE_SYSTEM), JAN)).singleElement()
                .asString().startsWith("EXCLUDED demo-2025 art.3").contains("idle system").doesNotContain("infrastructure");
    }

    @Test
    void shouldCountTheTrialRunsMonthsOrTakeTheAlternative() {
        ProjectFactsBuilder running = project().trialRunStartedOn(JAN);
        assertThat(unmet("TRIAL", running, LocalDate.of(2025, 6, 30))).containsExactly(
                "TRIAL_RUN_TOO_SHORT demo-2025 art.4 Trial run must last at least 6 months (demo-2025 art.4)");
        assertThat(unmet("TRIAL", running, LocalDate.of(2025, 7, 1))).isEmpty();
        assertThat(unmet("TRIAL", project().preliminaryAcceptedOn(JAN), null)).isEmpty();
    }

    @Test
    void shouldOrderAnApprovalAfterAReviewAcrossKinds() {
        ProjectFactsBuilder approvedFirst = project().approval(ApprovalKind.PROJECT_APPROVAL, JAN)
                .review(ReviewType.TECHNICAL_REVIEW, JAN.plusDays(1));
        assertThat(unmet("APPROVAL", approvedFirst, JAN.plusDays(2))).singleElement().asString()
                .startsWith("APPROVAL_OUT_OF_ORDER demo-2025 art.6");
        assertThat(unmet("APPROVAL", approvedFirst.approval(ApprovalKind.PROJECT_APPROVAL, JAN.plusDays(2)),
                JAN.plusDays(2))).isEmpty();
        assertThat(unmet("APPROVAL", project(), JAN)).singleElement().asString().startsWith("APPROVAL_MISSING");
    }

    @Test
    void shouldTreatAnActWithoutItsLegalDateAsNotYetOnRecordInsteadOfFailing() {
        // rows loaded without the legal-date columns (bench seeds, legacy data): no NullPointerException, a cited reason
        assertThat(unmet("APPROVAL", project().review(ReviewType.TECHNICAL_REVIEW, null)
                .approval(ApprovalKind.PROJECT_APPROVAL, null), JAN)).singleElement().asString()
                .startsWith("APPROVAL_MISSING demo-2025 art.6");
        assertThat(unmet("TECH", project().review(ReviewType.TECHNICAL_REVIEW, null), JAN)).singleElement().asString()
                .startsWith("REVIEW_MISSING demo-2025 art.5");
    }
}
