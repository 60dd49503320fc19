package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.Fixtures.d;

import java.util.List;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.pack.Pack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The final-acceptance application checks every condition of its article known when applying (not only the
 * documents), and the packs' routes after a missed date or a failed acceptance (M2, M9/AC6).
 */
class AcceptanceApplicationTest {

    private static List<String> unmet(Pack pack, org.egov.itpm.policy.facts.ProjectFactsBuilder b, String on) {
        return AcceptancePolicy.unmetConditions(pack, b.build(), d(on)).stream()
                .map(r -> r.code() + " " + r.cite().render()).toList();
    }

    @Test
    void qufuAppliesOnlyAfterThePreliminaryAcceptanceArt34() {
        var built = Fixtures.project(Fixtures.QUFU).stage(Stage.CONSTRUCTION).completedOn(d("2025-05-01"));
        var inspected = Fixtures.project(Fixtures.QUFU).stage(Stage.PRELIMINARY_ACCEPTANCE).completedOn(d("2025-05-01"))
                .preliminaryAcceptedOn(d("2025-05-20"));

        assertThat(unmet(Fixtures.QUFU, built, "2025-06-01"))
                .containsExactly("PRELIMINARY_ACCEPTANCE_PASSED_MISSING qufu-2024 art.34");
        assertThat(unmet(Fixtures.QUFU, inspected, "2025-06-01")).isEmpty();
    }

    @Test
    void jiangxiAppliesAfterSixMonthsOfTrialRunThe终验AndTheCryptoConfirmationArt30() {
        var early = Fixtures.project(Fixtures.JIANGXI).stage(Stage.TRIAL_RUN).trialRunStartedOn(d("2025-01-10"));
        var ready = Fixtures.project(Fixtures.JIANGXI).stage(Stage.PRELIMINARY_ACCEPTANCE)
                .trialRunStartedOn(d("2025-01-10")).preliminaryAcceptedOn(d("2025-07-10"))
                .documents(DocumentType.CRYPTO_CONFIRMATION);

        assertThat(unmet(Fixtures.JIANGXI, early, "2025-07-09")).containsExactlyInAnyOrder(
                "TRIAL_RUN_TOO_SHORT jiangxi-2024 art.30", "PRELIMINARY_ACCEPTANCE_PASSED_MISSING jiangxi-2024 art.30",
                "DOCUMENT_MISSING jiangxi-2024 art.30");
        assertThat(unmet(Fixtures.JIANGXI, ready, "2025-07-11")).isEmpty();
    }

    @Test
    void jiangxiTrialRunIsCountedToTheApplicationDateWhileStillRunning() {
        var running = Fixtures.project(Fixtures.JIANGXI).stage(Stage.TRIAL_RUN).trialRunStartedOn(d("2025-01-10"));

        assertThat(unmet(Fixtures.JIANGXI, running, "2025-07-10")).doesNotContain("TRIAL_RUN_TOO_SHORT jiangxi-2024 art.30");
        assertThat(unmet(Fixtures.JIANGXI, running, "2025-07-09")).contains("TRIAL_RUN_TOO_SHORT jiangxi-2024 art.30");
    }

    @Test
    void baotouAppliesAfterThePreAcceptanceReviewArt22() {
        var built = Fixtures.project(Fixtures.BAOTOU).stage(Stage.CONSTRUCTION);

        assertThat(unmet(Fixtures.BAOTOU, built, "2025-06-01")).containsExactly("DOCUMENT_MISSING baotou-2024 art.22");
        assertThat(unmet(Fixtures.BAOTOU, built.documents(DocumentType.PRE_ACCEPTANCE_REVIEW_OPINION), "2025-06-01"))
                .isEmpty();
    }

    @Test
    void jianshanAppliesAfterTheArchiveAcceptanceAndThePerformanceReport() {
        var built = Fixtures.project(Fixtures.JIANSHAN).stage(Stage.CONSTRUCTION);

        assertThat(unmet(Fixtures.JIANSHAN, built, "2025-06-01")).containsExactlyInAnyOrder(
                "DOCUMENT_MISSING jianshan-2024 item 18", "DOCUMENT_MISSING jianshan-2024 item 19");
        assertThat(unmet(Fixtures.JIANSHAN, built.documents(DocumentType.ARCHIVE_ACCEPTANCE_OPINION,
                DocumentType.PERFORMANCE_REPORT), "2025-06-01")).isEmpty();
    }

    @Test
    void wushanAppliesAfterTheArchiveAcceptanceArt23() {
        var built = Fixtures.project(Fixtures.WUSHAN).stage(Stage.CONSTRUCTION);

        assertThat(unmet(Fixtures.WUSHAN, built, "2025-06-01")).containsExactly("DOCUMENT_MISSING wushan-2022 art.23");
        assertThat(unmet(Fixtures.WUSHAN, built.documents(DocumentType.ARCHIVE_ACCEPTANCE_OPINION), "2025-06-01")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: extension allowed={1}, refusal cites {2}")
    @CsvSource({"wushan-2022, true, ", "qufu-2024, true, ", "jiangxi-2024, true, ",
            "jianshan-2024, false, jianshan-2024 item 15", "baotou-2024, false, "})
    void shouldOfferTheExtensionRouteOnlyWhereThePackHasIt(String packId, boolean allowed, String cite) {
        Pack pack = Fixtures.pack(packId);

        assertThat(AcceptancePolicy.allowsExtension(pack)).isEqualTo(allowed);
        AcceptancePolicy.extensionRefusal(pack).ifPresent(r -> {
            assertThat(r.code()).isEqualTo("ACCEPTANCE_EXTENSION_NOT_PROVIDED");
            assertThat(r.cite() == null ? null : r.cite().render()).isEqualTo(cite);
            assertThat(r.messageZh()).contains(cite == null ? packId : cite);
        });
        assertThat(AcceptancePolicy.extensionRefusal(pack).isPresent()).isEqualTo(!allowed);
    }

    @ParameterizedTest(name = "{0}: rectification plan before re-applying={1}")
    @CsvSource({"qufu-2024, true", "wushan-2022, false", "jianshan-2024, false", "baotou-2024, false", "jiangxi-2024, false"})
    void shouldAskForARectificationPlanBeforeReApplyingOnlyUnderQufuArt35(String packId, boolean required) {
        var refusal = AcceptancePolicy.rectificationPlanMissing(Fixtures.pack(packId));

        assertThat(refusal.isPresent()).isEqualTo(required);
        refusal.ifPresent(r -> {
            assertThat(r.code()).isEqualTo("RECTIFICATION_PLAN_MISSING");
            assertThat(r.cite().render()).isEqualTo("qufu-2024 art.35");
            assertThat(r.messageZh()).contains("整改方案").contains("qufu-2024 art.35");
        });
    }
}
