package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.Fixtures.contract;
import static org.egov.itpm.policy.rules.Fixtures.cny;
import static org.egov.itpm.policy.rules.Fixtures.d;

import java.time.LocalDate;
import java.util.List;
import org.egov.itpm.policy.ContractClause;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.Pack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingPolicyTest {

    private static final LocalDate TODAY = d("2025-11-03");

    private static List<Finding> findings(Pack pack, ProjectFacts facts, LocalDate today) {
        return FindingPolicy.findings(pack, facts, Fixtures.CALENDAR, today);
    }

    private static List<String> codes(Pack pack, ProjectFacts facts) {
        return findings(pack, facts, TODAY).stream().map(Finding::code).toList();
    }

    @ParameterizedTest(name = "Qufu security budget {0} of 10,000,000: finding={1}")
    @CsvSource({"499999.99, true", "500000.00, false", ", true"})
    void shouldFlagAQufuSecurityBudgetBelowFivePercent(String security, boolean flagged) {
        var facts = Fixtures.project(Fixtures.QUFU).stage(Stage.APPLIED).estimated("10000000")
                .securityBudget(security == null ? null : cny(security)).build();

        List<Finding> found = findings(Fixtures.QUFU, facts, TODAY).stream()
                .filter(f -> f.code().equals("SECURITY_BUDGET_SHARE")).toList();

        assertThat(found).hasSize(flagged ? 1 : 0);
        found.forEach(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.cite().render()).isEqualTo("qufu-2024 art.37");
            assertThat(f.facts()).containsEntry("requiredPercent", "5").containsKey("sharePercent");
            assertThat(f.key()).isEqualTo("qufu-2024:SECURITY_BUDGET_SHARE:project");
        });
    }

    @ParameterizedTest(name = "Qufu contract {0} months, warranty {1}: {2}")
    @CsvSource({
            "36, 24, ''",
            "37, 24, IMPLEMENTATION_PERIOD",
            "36, 23, WARRANTY_PERIOD",
            "48, 12, IMPLEMENTATION_PERIOD;WARRANTY_PERIOD"})
    void shouldCheckQufuContractPeriods(int implementation, int warranty, String expected) {
        var facts = Fixtures.project(Fixtures.QUFU).stage(Stage.CONSTRUCTION).responsibilityLetterFiledOn(d("2025-01-01"))
                .contract(contract("C1", ContractKind.CONSTRUCTION, null, "2025-02-01", null, implementation, warranty,
                        ContractClause.values())).build();

        List<String> periodCodes = codes(Fixtures.QUFU, facts).stream()
                .filter(c -> c.endsWith("_PERIOD")).sorted().toList();

        assertThat(String.join(";", periodCodes)).isEqualTo(expected);
    }

    @Test
    void shouldFlagMissingOwnershipClausesOnceSigned() {
        var facts = Fixtures.project(Fixtures.QUFU)
                .contract(contract("C1", ContractKind.CONSTRUCTION, null, "2025-02-01", null, 12, 24,
                        ContractClause.CONFIDENTIALITY, ContractClause.ACCEPTANCE_CRITERIA, ContractClause.IP_BREACH_LIABILITY))
                .contract(contract("C2", ContractKind.CONSTRUCTION, null, null, null, 12, 24)).build();

        assertThat(findings(Fixtures.QUFU, facts, TODAY)).filteredOn(f -> f.code().endsWith("_CLAUSE"))
                .extracting(Finding::key).containsExactly("qufu-2024:DATA_OWNERSHIP_CLAUSE:contract-C1",
                        "qufu-2024:IP_CLAUSE:contract-C1");
    }

    @ParameterizedTest(name = "Baotou total {0}, supervision contract={1}: finding={2}")
    @CsvSource({"2000000, false, true", "2000000, true, false", "1999999.99, false, false"})
    void shouldFlagMissingSupervisionInBaotouFromTwoMillion(String total, boolean supervised, boolean flagged) {
        var builder = Fixtures.project(Fixtures.BAOTOU).stage(Stage.CONSTRUCTION).estimated(total);
        if (supervised) {
            builder.contract(contract("S1", ContractKind.SUPERVISION, null, "2025-03-01", null, 12, null));
        }

        assertThat(codes(Fixtures.BAOTOU, builder.build()).contains("SUPERVISION_FROM_2_MILLION")).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "Baotou on {0}: {1}")
    @CsvSource({"2026-11-30, ''", "2026-12-01, PACK_EXPIRED_NO_SUCCESSOR", "2024-11-30, PACK_NOT_YET_EFFECTIVE"})
    void shouldReportTheBaotouPackOutsideItsWindow(LocalDate today, String expected) {
        var facts = Fixtures.project(Fixtures.BAOTOU).stage(Stage.DRAFT).build();

        List<Finding> packFindings = findings(Fixtures.BAOTOU, facts, today).stream()
                .filter(f -> f.code().startsWith("PACK_")).toList();

        assertThat(packFindings.stream().map(Finding::code).findFirst().orElse("")).isEqualTo(expected);
        packFindings.forEach(f -> assertThat(f.cite().render()).isEqualTo("baotou-2024 art.29"));
    }

    @Test
    void shouldWarnWhenADeadlineIsCountedWithoutHolidayData() {
        var facts = Fixtures.project(Fixtures.QUFU)
                .contract(contract("C9", ContractKind.CONSTRUCTION, "2026-12-28", null, null, 12, 24)).build();

        assertThat(findings(Fixtures.QUFU, facts, d("2026-12-29"))).filteredOn(f -> f.code().equals("CALENDAR_YEAR_MISSING"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.facts()).containsEntry("year", "2027");
                });
    }

    @Test
    void shouldRaiseAMissedDeadlineWithItsCitationAndNotWhenMet() {
        var late = Fixtures.project(Fixtures.QUFU)
                .contract(contract("C1", ContractKind.CONSTRUCTION, "2025-09-26", "2025-10-17", "2025-10-20", 12, 24,
                        ContractClause.values())).build();
        var onTime = Fixtures.project(Fixtures.QUFU)
                .contract(contract("C1", ContractKind.CONSTRUCTION, "2025-09-26", "2025-10-16", "2025-10-20", 12, 24,
                        ContractClause.values())).build();

        assertThat(findings(Fixtures.QUFU, late, TODAY)).filteredOn(f -> f.code().equals("DEADLINE_MISSED"))
                .singleElement().satisfies(f -> {
                    assertThat(f.key()).isEqualTo("qufu-2024:CONTRACT_SIGNING:C1:DEADLINE_MISSED");
                    assertThat(f.messageEn()).contains("qufu-2024 art.28").contains("2025-10-16");
                });
        assertThat(codes(Fixtures.QUFU, onTime)).doesNotContain("DEADLINE_MISSED");
    }

    @ParameterizedTest(name = "Qufu responsibility letter at {0}, filed={1}: finding={2}")
    @CsvSource({"FUNDED, false, true", "FUNDED, true, false", "APPROVED, false, false"})
    void shouldRequireTheQufuResponsibilityLetterOnceFunded(Stage stage, boolean filed, boolean flagged) {
        var facts = Fixtures.project(Fixtures.QUFU).stage(stage).responsibilityLetterFiledOn(filed ? d("2025-05-01") : null);

        assertThat(codes(Fixtures.QUFU, facts.build()).contains("RESPONSIBILITY_LETTER")).isEqualTo(flagged);
    }

    @Test
    void shouldBeDeterministic() {
        var facts = Fixtures.project(Fixtures.JIANGXI).stage(Stage.CONSTRUCTION).approvedOn(d("2024-01-10"))
                .constructionStartedOn(d("2024-09-01")).build();

        assertThat(findings(Fixtures.JIANGXI, facts, TODAY)).isEqualTo(findings(Fixtures.JIANGXI, facts, TODAY))
                .extracting(Finding::code).contains("DEADLINE_MISSED", "SUPERVISION_CONTRACT");
    }

    @Test
    void shouldReportEachChangeAwaitingRe_approvalAsInfoCitingTheChangeArticle() {
        var facts = Fixtures.project(Fixtures.QUFU).stage(Stage.CONSTRUCTION).estimated("6000000")
                .pendingReApproval(2, d("2025-03-01")).build();

        assertThat(findings(Fixtures.QUFU, facts, TODAY)).filteredOn(f -> f.code().equals("CHANGE_AWAITING_RE_APPROVAL"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.cite().render()).isEqualTo("qufu-2024 art.33");
                    assertThat(f.key()).isEqualTo("CHANGE:2:CHANGE_AWAITING_RE_APPROVAL");
                    assertThat(f.facts()).containsEntry("requestedOn", "2025-03-01");
                });
        assertThat(codes(Fixtures.QUFU, Fixtures.project(Fixtures.QUFU).stage(Stage.CONSTRUCTION).estimated("6000000")
                .build())).doesNotContain("CHANGE_AWAITING_RE_APPROVAL");
    }
}
