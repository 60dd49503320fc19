package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.ApprovalGateTest.codes;
import static org.egov.itpm.policy.rules.Fixtures.contract;
import static org.egov.itpm.policy.rules.Fixtures.d;

import java.time.LocalDate;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Gates after approval: funding, procurement, construction, trial run and acceptance. */
class LaterGatesTest {

    @ParameterizedTest(name = "Jiangxi trial run from 2025-01-10, 终验 on {0}: allowed={1}")
    @CsvSource({"2025-07-09, false", "2025-07-10, true"})
    void shouldRequireSixMonthsOfTrialRunBeforeJiangxiFinalInspection(LocalDate on, boolean allowed) {
        var facts = Fixtures.project(Fixtures.JIANGXI).stage(Stage.TRIAL_RUN).trialRunStartedOn(d("2025-01-10")).build();

        Decision decision = StageGatePolicy.check(Fixtures.JIANGXI, facts, Stage.PRELIMINARY_ACCEPTANCE, on);

        assertThat(decision.isAllowed()).isEqualTo(allowed);
        assertThat(codes(decision)).isEqualTo(allowed ? java.util.List.of() : java.util.List.of("TRIAL_RUN_TOO_SHORT"));
    }

    @Test
    void shouldLetAQufuProjectThatSkippedTheLibraryBeFundedOnceApproved() {
        var approvedWithoutLibrary = Fixtures.project(Fixtures.QUFU).stage(Stage.APPROVED);

        assertThat(StageGatePolicy.check(Fixtures.QUFU, approvedWithoutLibrary.approvedOn(d("2025-03-01")).build(),
                Stage.FUNDED, d("2025-04-01")).isAllowed()).isTrue();
    }

    @Test
    void shouldRefuseQufuFundingWithoutLibraryEntryOrApprovalCitingArt22() {
        var facts = Fixtures.project(Fixtures.QUFU).stage(Stage.APPROVED).build();

        assertThat(StageGatePolicy.check(Fixtures.QUFU, facts, Stage.FUNDED, d("2025-04-01")))
                .isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.reasons()).singleElement()
                        .satisfies(reason -> {
                            assertThat(reason.code()).isEqualTo("LIBRARY_ENTRY_MISSING");
                            assertThat(reason.ruleCode()).isEqualTo("IN_PROJECT_LIBRARY");
                            assertThat(reason.cite().render()).isEqualTo("qufu-2024 art.22");
                        }));
    }

    @Test
    void shouldRequireTheQufuResponsibilityLetterBeforeProcurement() {
        var funded = Fixtures.project(Fixtures.QUFU).stage(Stage.FUNDED);

        assertThat(codes(StageGatePolicy.check(Fixtures.QUFU, funded.build(), Stage.PROCUREMENT)))
                .containsExactly("RESPONSIBILITY_LETTER_FILED_MISSING");
        assertThat(StageGatePolicy.check(Fixtures.QUFU, funded.responsibilityLetterFiledOn(d("2025-03-01")).build(),
                Stage.PROCUREMENT).isAllowed()).isTrue();
    }

    @ParameterizedTest(name = "Baotou total {0}: supervision required={1}")
    @CsvSource({"1999999.99, false", "2000000.00, true"})
    void shouldRequireSupervisionInBaotouFromTwoMillion(String total, boolean required) {
        var facts = Fixtures.project(Fixtures.BAOTOU).stage(Stage.PROCUREMENT).estimated(total).build();

        Decision decision = StageGatePolicy.check(Fixtures.BAOTOU, facts, Stage.CONSTRUCTION);

        assertThat(codes(decision)).isEqualTo(required ? java.util.List.of("SUPERVISION_CONTRACT_MISSING") : java.util.List.of());
    }

    @Test
    void shouldAllowBaotouConstructionWithASignedSupervisionContract() {
        var facts = Fixtures.project(Fixtures.BAOTOU).stage(Stage.PROCUREMENT).estimated("5000000")
                .contract(contract("S1", ContractKind.SUPERVISION, "2025-03-01", "2025-03-10", null, 12, null)).build();

        assertThat(StageGatePolicy.check(Fixtures.BAOTOU, facts, Stage.CONSTRUCTION).isAllowed()).isTrue();
    }

    @Test
    void shouldForbidQufuConstructionWithoutProjectApproval() {
        var facts = Fixtures.project(Fixtures.QUFU).stage(Stage.PROCUREMENT).build();

        assertThat(StageGatePolicy.check(Fixtures.QUFU, facts, Stage.CONSTRUCTION))
                .isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.reasons())
                        .singleElement().satisfies(reason -> assertThat(reason.cite().render()).isEqualTo("qufu-2024 art.44")));
    }

    @Test
    void shouldListEveryMissingJianshanAcceptanceDocument() {
        var facts = Fixtures.project(Fixtures.JIANSHAN).stage(Stage.CONSTRUCTION)
                .documents(DocumentType.PROJECT_SUMMARY, DocumentType.FINANCIAL_REPORT, DocumentType.PERFORMANCE_REPORT).build();

        Decision decision = StageGatePolicy.check(Fixtures.JIANSHAN, facts, Stage.FINAL_ACCEPTANCE);

        assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.reasons())
                .extracting(Reason::ruleCode).containsExactlyInAnyOrder("ARCHIVE_ACCEPTANCE", "ACCEPTANCE_AUDIT_REPORT",
                        "ACCEPTANCE_SECURITY_ASSESSMENT_REPORT", "ACCEPTANCE_CRYPTO_ASSESSMENT_REPORT"));
    }

    @Test
    void shouldRequireQufuPreliminaryAcceptanceBeforeFinal() {
        var facts = Fixtures.project(Fixtures.QUFU).stage(Stage.PRELIMINARY_ACCEPTANCE);

        assertThat(codes(StageGatePolicy.check(Fixtures.QUFU, facts.build(), Stage.FINAL_ACCEPTANCE)))
                .containsExactly("PRELIMINARY_ACCEPTANCE_PASSED_MISSING");
        assertThat(StageGatePolicy.check(Fixtures.QUFU, facts.preliminaryAcceptedOn(d("2025-09-01")).build(),
                Stage.FINAL_ACCEPTANCE).isAllowed()).isTrue();
    }

    @Test
    void shouldRequireTheBaotouPreAcceptanceReview() {
        var facts = Fixtures.project(Fixtures.BAOTOU).stage(Stage.CONSTRUCTION);

        assertThat(codes(StageGatePolicy.check(Fixtures.BAOTOU, facts.build(), Stage.FINAL_ACCEPTANCE)))
                .containsExactly("DOCUMENT_MISSING");
        assertThat(StageGatePolicy.check(Fixtures.BAOTOU, facts.documents(DocumentType.PRE_ACCEPTANCE_REVIEW_OPINION).build(),
                Stage.FINAL_ACCEPTANCE).isAllowed()).isTrue();
    }
}
