package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.Fixtures.contract;
import static org.egov.itpm.policy.rules.Fixtures.d;

import java.time.LocalDate;
import java.util.List;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.Pack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinePolicyTest {

    private static Deadline only(Pack pack, ProjectFacts facts, String ruleCode, LocalDate today) {
        return DeadlinePolicy.deadlines(pack, facts, Fixtures.CALENDAR, today).stream()
                .filter(x -> x.ruleCode().equals(ruleCode)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "award {0}, signed {1}, today {2}: due {3} {4}")
    @CsvSource({
            "2025-09-26, 2025-10-16, 2025-10-20, 2025-10-16, MET",     // National Day skipped, make-up days counted
            "2025-09-26, 2025-10-17, 2025-10-20, 2025-10-16, MISSED",
            "2025-09-26,           , 2025-10-16, 2025-10-16, DUE",
            "2025-09-26,           , 2025-10-17, 2025-10-16, MISSED",
            "2026-09-25, 2026-10-15, 2026-10-15, 2026-10-15, MET"})
    void shouldCountTheQufuSigningDeadlineInWorkingDays(String award, String signed, LocalDate today,
                                                         LocalDate due, DeadlineStatus status) {
        var facts = Fixtures.project(Fixtures.QUFU).stage(Stage.PROCUREMENT)
                .contract(contract("C1", ContractKind.CONSTRUCTION, award, signed, null, 12, 24)).build();

        Deadline signing = only(Fixtures.QUFU, facts, "CONTRACT_SIGNING", today);

        assertThat(signing.due()).isEqualTo(due);
        assertThat(signing.status()).isEqualTo(status);
        assertThat(signing.cite().render()).isEqualTo("qufu-2024 art.28");
        assertThat(signing.key()).isEqualTo("qufu-2024:CONTRACT_SIGNING:C1");
    }

    @ParameterizedTest(name = "signed {0}, filed {1}: {2}")
    @CsvSource({"2025-09-30, 2025-10-21, MET", "2025-09-30, 2025-10-22, MISSED"})
    void shouldCountTheQufuFilingDeadlineFromSigning(String signed, String filed, DeadlineStatus status) {
        // 30 Sep 2025 + 10 working days: 9, 10, 11 (Sat make-up), 13-17, 20, 21 Oct
        var facts = Fixtures.project(Fixtures.QUFU)
                .contract(contract("C1", ContractKind.CONSTRUCTION, "2025-09-26", signed, filed, 12, 24)).build();

        Deadline filing = only(Fixtures.QUFU, facts, "CONTRACT_FILING", d("2025-12-01"));

        assertThat(filing.due()).isEqualTo(d("2025-10-21"));
        assertThat(filing.status()).isEqualTo(status);
    }

    @Test
    void shouldFlagMissingCalendarYearsOnAWorkingDayDeadline() {
        var facts = Fixtures.project(Fixtures.QUFU)
                .contract(contract("C9", ContractKind.CONSTRUCTION, "2026-12-28", null, null, 12, 24)).build();

        Deadline signing = only(Fixtures.QUFU, facts, "CONTRACT_SIGNING", d("2026-12-28"));

        assertThat(signing.missingCalendarYears()).containsExactly(2027);
        assertThat(signing.due()).isEqualTo(d("2027-01-11")); // weekends only in 2027
    }

    @ParameterizedTest(name = "Jiangxi approved 2025-01-15, started {0}: {1}")
    @CsvSource({"2025-07-15, MET", "2025-07-16, MISSED"})
    void shouldRequireJiangxiConstructionWithinSixMonthsOfApproval(String started, DeadlineStatus status) {
        var facts = Fixtures.project(Fixtures.JIANGXI).approvedOn(d("2025-01-15")).constructionStartedOn(d(started)).build();

        Deadline start = only(Fixtures.JIANGXI, facts, "START_WITHIN_6_MONTHS", d("2025-09-01"));

        assertThat(start.status()).isEqualTo(status);
        assertThat(start.cite().render()).isEqualTo("jiangxi-2024 art.29");
    }

    @ParameterizedTest(name = "{0}: completed 2025-03-31, asked {1} -> {2}")
    @CsvSource({
            "jianshan-2024, 2025-09-30, MET", "jianshan-2024, 2025-10-01, MISSED",
            "wushan-2022,   2025-09-30, MET", "wushan-2022,   2025-10-01, MISSED"})
    void shouldRequireAcceptanceWithinSixMonthsOfCompletion(String packId, String asked, DeadlineStatus status) {
        Pack pack = Fixtures.pack(packId);
        var facts = Fixtures.project(pack).completedOn(d("2025-03-31")).acceptanceAppliedOn(d(asked)).build();

        assertThat(only(pack, facts, "ACCEPTANCE_WITHIN_6_MONTHS", d("2025-12-01")).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}: extension requested in time -> 6-month duty {1}")
    @CsvSource({"wushan-2022, MET", "jianshan-2024, MISSED"})
    void shouldLetAnExtensionRequestAnswerTheSixMonthDutyOnlyWhereThePackHasTheRoute(String packId, DeadlineStatus status) {
        Pack pack = Fixtures.pack(packId);
        var facts = Fixtures.project(pack).completedOn(d("2025-03-31")).acceptanceExtensionRequestedOn(d("2025-09-01"))
                .acceptanceExtendedUntil(d("2025-12-31")).build();

        assertThat(only(pack, facts, "ACCEPTANCE_WITHIN_6_MONTHS", d("2025-12-01")).status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0}: extended until 2025-12-31, applied {1}, today {2} -> {3}")
    @CsvSource({
            "wushan-2022,  2025-12-31, 2026-01-10, MET", "wushan-2022,  , 2025-12-31, DUE",
            "wushan-2022,  , 2026-01-01, MISSED", "wushan-2022,  2026-01-01, 2026-01-10, MISSED",
            "qufu-2024,    , 2026-01-01, MISSED", "jiangxi-2024, 2025-12-20, 2026-01-10, MET"})
    void shouldTrackTheApplicationAfterAnExtensionUntilTheRequestedDate(String packId, LocalDate applied, LocalDate today,
                                                                       DeadlineStatus status) {
        Pack pack = Fixtures.pack(packId);
        var facts = Fixtures.project(pack).completedOn(d("2025-03-31")).acceptanceExtensionRequestedOn(d("2025-09-01"))
                .acceptanceExtendedUntil(d("2025-12-31")).acceptanceAppliedOn(applied).build();

        Deadline extended = only(pack, facts, "ACCEPTANCE_AFTER_EXTENSION", today);

        assertThat(extended.due()).isEqualTo(d("2025-12-31"));
        assertThat(extended.status()).isEqualTo(status);
        assertThat(extended.severityWhenMissed()).isEqualTo(org.egov.itpm.policy.Severity.ERROR);
        assertThat(extended.cite().article()).isEqualTo(packId.equals("wushan-2022") ? "art.22"
                : packId.equals("qufu-2024") ? "art.35" : "art.30");
    }

    @Test
    void shouldComputeNoExtensionDeadlineUnderJianshanItem15() {
        var facts = Fixtures.project(Fixtures.JIANSHAN).completedOn(d("2025-03-31"))
                .acceptanceExtensionRequestedOn(d("2025-09-01")).acceptanceExtendedUntil(d("2025-12-31")).build();

        assertThat(DeadlinePolicy.deadlines(Fixtures.JIANSHAN, facts, Fixtures.CALENDAR, d("2026-01-10")))
                .extracting(Deadline::ruleCode).containsExactly("ACCEPTANCE_WITHIN_6_MONTHS");
    }

    @ParameterizedTest(name = "Qufu rectification due 2026-03-31, re-applied {0}, today {1} -> {2}")
    @CsvSource({"2026-03-31, 2026-04-10, MET", ", 2026-03-31, DUE", ", 2026-04-01, MISSED", "2026-04-01, 2026-04-10, MISSED"})
    void shouldTrackTheQufuRectificationDueDate(LocalDate reapplied, LocalDate today, DeadlineStatus status) {
        var facts = Fixtures.project(Fixtures.QUFU).rectificationDueOn(d("2026-03-31"))
                .reappliedAfterRectificationOn(reapplied).build();

        Deadline rectification = only(Fixtures.QUFU, facts, "RECTIFICATION", today);

        assertThat(rectification.status()).isEqualTo(status);
        assertThat(rectification.cite().render()).isEqualTo("qufu-2024 art.35");
    }

    @ParameterizedTest
    @CsvSource({"wushan-2022", "jianshan-2024", "baotou-2024", "jiangxi-2024"})
    void shouldTrackNoRectificationDueDateOutsideQufu(String packId) {
        Pack pack = Fixtures.pack(packId);
        var facts = Fixtures.project(pack).rectificationDueOn(d("2026-03-31")).build();

        assertThat(DeadlinePolicy.deadlines(pack, facts, Fixtures.CALENDAR, d("2026-04-10")))
                .extracting(Deadline::ruleCode).doesNotContain("RECTIFICATION");
    }

    @ParameterizedTest(name = "{0}: accepted 2025-01-10, self-evaluated {1} -> {2}")
    @CsvSource({
            "jianshan-2024, 2025-07-10, MET", "jianshan-2024, 2025-07-09, MISSED", "jianshan-2024, 2026-01-11, MISSED",
            "wushan-2022,   2026-01-10, MET", "wushan-2022,   2026-01-09, MISSED", "wushan-2022,   2027-01-11, MISSED",
            "baotou-2024,   2027-01-10, MET", "baotou-2024,   2025-12-31, MISSED",
            "jiangxi-2024,  2026-01-10, MET", "jiangxi-2024,  2026-01-11, MISSED"})
    void shouldCheckTheSelfEvaluationWindow(String packId, String evaluated, DeadlineStatus status) {
        Pack pack = Fixtures.pack(packId);
        var facts = Fixtures.project(pack).finalAcceptedOn(d("2025-01-10")).selfEvaluatedOn(d(evaluated)).build();

        List<Deadline> windows = SelfEvaluationPolicy.windows(pack, facts, Fixtures.CALENDAR, d("2027-06-01"));

        assertThat(windows).singleElement().satisfies(w -> assertThat(w.status()).isEqualTo(status));
    }

    @ParameterizedTest(name = "{0}: accepted 2025-01-10, window opens {1}, cited {2}")
    @CsvSource({
            "jianshan-2024, 2025-07-10, jianshan-2024 item 21", "wushan-2022,   2026-01-10, wushan-2022 art.24",
            "baotou-2024,   2026-01-10, baotou-2024 art.23", "jiangxi-2024,  2025-07-10, jiangxi-2024 art.40"})
    void shouldRefuseASelfEvaluationBeforeTheWindowOpens(String packId, LocalDate opens, String citation) {
        Pack pack = Fixtures.pack(packId);
        var facts = Fixtures.project(pack).finalAcceptedOn(d("2025-01-10")).build();

        assertThat(SelfEvaluationPolicy.tooEarly(pack, facts, opens.minusDays(1))).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo("SELF_EVALUATION_WINDOW_NOT_OPEN");
            assertThat(r.cite().render()).isEqualTo(citation);
            assertThat(r.messageEn()).contains(opens.toString());
        });
        assertThat(SelfEvaluationPolicy.tooEarly(pack, facts, opens)).isEmpty();
    }

    @Test
    void shouldNeverRefuseAQufuSelfEvaluationAfterAcceptance() {
        var facts = Fixtures.project(Fixtures.QUFU).finalAcceptedOn(d("2025-01-10")).build();

        assertThat(SelfEvaluationPolicy.tooEarly(Fixtures.QUFU, facts, d("2025-01-10"))).isEmpty();
    }

    @Test
    void shouldExpectAQufuSelfEvaluationEveryYear() {
        var facts = Fixtures.project(Fixtures.QUFU).finalAcceptedOn(d("2024-09-01")).selfEvaluatedOn(d("2025-08-01")).build();

        List<Deadline> years = SelfEvaluationPolicy.windows(Fixtures.QUFU, facts, Fixtures.CALENDAR, d("2026-10-01"));

        assertThat(years).extracting(Deadline::subject, Deadline::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("year-1", DeadlineStatus.MET),
                org.assertj.core.groups.Tuple.tuple("year-2", DeadlineStatus.MISSED),
                org.assertj.core.groups.Tuple.tuple("year-3", DeadlineStatus.DUE));
    }

    @Test
    void shouldExpectAPerformanceReportForEveryConstructionYearEnd() {
        var facts = Fixtures.project(Fixtures.WUSHAN).constructionStartedOn(d("2023-05-01"))
                .performanceReport(2023, d("2023-12-20")).performanceReport(2024, d("2025-01-05")).build();

        List<Deadline> reports = DeadlinePolicy.deadlines(Fixtures.WUSHAN, facts, Fixtures.CALENDAR, d("2025-06-01")).stream()
                .filter(x -> x.ruleCode().equals("PERFORMANCE_REPORT")).toList();

        assertThat(reports).extracting(Deadline::status)
                .containsExactly(DeadlineStatus.MET, DeadlineStatus.MISSED, DeadlineStatus.DUE);
    }

    @ParameterizedTest(name = "{0} planned {1}, submitted {2}: {3}")
    @CsvSource({
            "wushan-2022,  2026, 2025-09-30, MET", "wushan-2022,  2026, 2025-10-01, MISSED",
            "jiangxi-2024, 2026, 2025-06-30, MET", "jiangxi-2024, 2026, 2025-07-01, MISSED"})
    void shouldCheckTheAnnualDemandWindow(String packId, int year, String submitted, DeadlineStatus status) {
        Pack pack = Fixtures.pack(packId);
        var facts = Fixtures.project(pack).plannedYear(year).demandSubmittedOn(d(submitted)).build();

        Deadline window = DeadlinePolicy.deadlines(pack, facts, Fixtures.CALENDAR, d("2025-12-01")).get(0);

        assertThat(window.status()).isEqualTo(status);
    }
}
