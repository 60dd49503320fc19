package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.policy.rules.Fixtures.cny;

import org.egov.itpm.policy.ChangeReason;
import org.egov.itpm.policy.facts.ChangeFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangePolicyTest {

    private static ChangeFacts change(String total, String added, String removed, String fresh, String savings,
                                      ChangeReason reason) {
        return new ChangeFacts(cny("10000000"), cny(total), cny(added), cny(removed), cny(fresh), cny(savings),
                true, false, reason);
    }

    @ParameterizedTest(name = "Baotou estimate 10M: added {1}, removed {2}, new {3}, savings {4} -> {5} {6}")
    @CsvSource({
            "10000000, 1400000, 1400000,       0,       0, FILING,      ''",
            "10000000,  100000, 1600000,       0,       0, RE_APPROVAL, ADJUSTMENT_ABOVE_LIMIT",   // removed 16%
            "10000000,  600000, 1400000,  600000,       0, RE_APPROVAL, NEW_CONTENT_ABOVE_SHARE",  // removed 14%, new 6%
            " 9800000,  100000, 1600000,       0,  200000, FILING,      ''",                        // savings not counted
            "10000000, 1500000, 1500000,  500000,       0, FILING,      ''",                        // exactly at the limits
            "10000000, 1500001, 1500000,       0,       0, RE_APPROVAL, ADJUSTMENT_ABOVE_LIMIT",
            "10000000,       0,       0,       0,       0, FILING,      ''",
            "10000100,  100000,  100000,       0,       0, RE_APPROVAL, TOTAL_EXCEEDS_ESTIMATE"})
    void shouldApplyBaotouArticle21(String total, String added, String removed, String fresh, String savings,
                                    ChangeOutcome outcome, String reason) {
        ChangeDecision decision = ChangePolicy.evaluate(Fixtures.BAOTOU,
                change(total, added, removed, fresh, savings, ChangeReason.TECHNICAL_OPTIMISATION));

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.reasons().stream().map(Reason::code).findFirst().orElse("")).isEqualTo(reason);
        assertThat(decision.cite().render()).isEqualTo("baotou-2024 art.21");
    }

    @Test
    void shouldCapBaotouNewContentAtTwoMillionOnLargeProjects() {
        ChangeFacts big = new ChangeFacts(cny("100000000"), cny("100000000"), cny("2000001"), cny("2000001"),
                cny("2000001"), cny("0"), true, false, ChangeReason.BUSINESS_NEED_WITHIN_PLAN);

        ChangeDecision decision = ChangePolicy.evaluate(Fixtures.BAOTOU, big);

        assertThat(decision.reasons()).extracting(Reason::code).containsExactly("NEW_CONTENT_ABOVE_AMOUNT");
    }

    @Test
    void shouldShowTheArithmetic() {
        ChangeDecision decision = ChangePolicy.evaluate(Fixtures.BAOTOU,
                change("9800000", "100000", "1600000", "0", "200000", ChangeReason.TECHNICAL_OPTIMISATION));

        assertThat(decision.lines()).contains(
                "removed 1600000.00 - tender savings 200000.00 = 1400000.00 counted",
                "adjustment / estimate = 1400000.00 / 10000000.00 = 14.00% (limit 15%)");
    }

    @ParameterizedTest(name = "{0}: total {1}, moved {2}, reason {3} -> {4}")
    @CsvSource({
            "wushan-2022,   10000000,  500000, TECHNICAL_OPTIMISATION,   FILING",
            "wushan-2022,   10000000,  500001, TECHNICAL_OPTIMISATION,   RE_APPROVAL",
            "wushan-2022,   10000001,  100000, TECHNICAL_OPTIMISATION,   RE_APPROVAL",
            "wushan-2022,   10000000,  100000, OTHER,                    RE_APPROVAL",
            "jianshan-2024, 10000000,  750000, HIGHER_LEVEL_REQUIREMENT, FILING",
            "jianshan-2024, 10000000,  750001, HIGHER_LEVEL_REQUIREMENT, RE_APPROVAL",
            "jianshan-2024, 10000000,  100000, OTHER,                    RE_APPROVAL",
            "baotou-2024,   10000000,  100000, OTHER,                    RE_APPROVAL"})
    void shouldApplyTheFilingLimitsAndReasonCategories(String packId, String total, String moved, ChangeReason reason,
                                                        ChangeOutcome outcome) {
        ChangeDecision decision = ChangePolicy.evaluate(Fixtures.pack(packId), change(total, moved, moved, "0", "0", reason));

        assertThat(decision.outcome()).isEqualTo(outcome);
    }

    /** M6: Baotou art.21 counts the larger of added and removed; Jianshan item 14 and Wushan art.20 count both. */
    @ParameterizedTest(name = "{0}: {1} out and {1} in of 10M -> {2} {3}")
    @CsvSource({
            "baotou-2024,    750000, FILING,      ''",
            "baotou-2024,    800000, FILING,      ''",
            "jianshan-2024,  750000, FILING,      ''",
            "jianshan-2024,  800000, RE_APPROVAL, ADJUSTMENT_ABOVE_LIMIT",
            "wushan-2022,    500000, FILING,      ''",
            "wushan-2022,    600000, RE_APPROVAL, ADJUSTMENT_ABOVE_LIMIT"})
    void shouldMeasureTheAdjustmentAsEachPackReadsIt(String packId, String moved, ChangeOutcome outcome, String reason) {
        ChangeDecision decision = ChangePolicy.evaluate(Fixtures.pack(packId),
                change("10000000", moved, moved, "0", "0", ChangeReason.TECHNICAL_OPTIMISATION));

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.reasons().stream().map(Reason::code).findFirst().orElse("")).isEqualTo(reason);
    }

    @Test
    void shouldShowTheGrossArithmeticForJianshanCitingItem14() {
        ChangeDecision decision = ChangePolicy.evaluate(Fixtures.JIANSHAN,
                change("10000000", "800000", "800000", "0", "0", ChangeReason.TECHNICAL_OPTIMISATION));

        assertThat(decision.lines()).contains("adjustment = added 800000.00 + removed 800000.00 = 1600000.00",
                "adjustment / estimate = 1600000.00 / 10000000.00 = 16.00% (limit 15%)");
        assertThat(decision.reasons().get(0).cite().render()).isEqualTo("jianshan-2024 item 14");
    }

    @ParameterizedTest(name = "Qufu major change={0} -> {1}")
    @CsvSource({"true, RE_APPROVAL", "false, FILING"})
    void shouldReapproveMajorQufuChanges(boolean major, ChangeOutcome outcome) {
        ChangeFacts facts = new ChangeFacts(cny("10000000"), cny("10000000"), cny("0"), cny("0"), cny("0"), cny("0"),
                true, major, ChangeReason.TECHNICAL_OPTIMISATION);

        ChangeDecision decision = ChangePolicy.evaluate(Fixtures.QUFU, facts);

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(decision.cite().render()).isEqualTo("qufu-2024 art.33");
    }

    @Test
    void shouldSendEveryJiangxiChangeBackForApproval() {
        ChangeDecision decision = ChangePolicy.evaluate(Fixtures.JIANGXI,
                change("10000000", "1", "1", "0", "0", ChangeReason.TECHNICAL_OPTIMISATION));

        assertThat(decision.outcome()).isEqualTo(ChangeOutcome.RE_APPROVAL);
        assertThat(decision.reasons()).extracting(Reason::code).containsExactly("NO_FILING_ROUTE");
    }

    @Test
    void shouldReapproveWhenTheObjectiveChanges() {
        ChangeFacts facts = new ChangeFacts(cny("10000000"), cny("10000000"), cny("0"), cny("0"), cny("0"), cny("0"),
                false, false, ChangeReason.TECHNICAL_OPTIMISATION);

        assertThat(ChangePolicy.evaluate(Fixtures.JIANSHAN, facts).reasons()).extracting(Reason::code)
                .containsExactly("OBJECTIVE_CHANGED");
    }

    @ParameterizedTest(name = "{0}: a RE_APPROVAL rests on the review of {1}")
    @CsvSource({"qufu-2024, qufu-2024 art.16", "baotou-2024, baotou-2024 art.11", "jiangxi-2024, jiangxi-2024 art.18",
            "jianshan-2024, jianshan-2024 item 3", "wushan-2022, wushan-2022 art.9"})
    void shouldNameTheReviewARe_approvalRestsOn(String packId, String citation) {
        ChangeFacts major = new ChangeFacts(cny("10000000"), cny("10000000"), cny("0"), cny("0"), cny("0"), cny("0"),
                true, true, ChangeReason.OTHER);

        ChangeDecision decision = ChangePolicy.evaluate(Fixtures.pack(packId), major);

        assertThat(decision.outcome()).isEqualTo(ChangeOutcome.RE_APPROVAL);
        assertThat(decision.reviewBeforeApproval().code()).isEqualTo("CHANGE_REVIEW_REQUIRED");
        assertThat(decision.reviewBeforeApproval().cite().render()).isEqualTo(citation);
        assertThat(decision.reviewBeforeApproval().messageEn()).endsWith("(" + citation + ")");
    }

    @Test
    void shouldAskForNoReviewWhenTheChangeIsFiled() {
        ChangeDecision decision = ChangePolicy.evaluate(Fixtures.BAOTOU,
                change("10000000", "1400000", "1400000", "0", "0", ChangeReason.TECHNICAL_OPTIMISATION));

        assertThat(decision.outcome()).isEqualTo(ChangeOutcome.FILING);
        assertThat(decision.reviewBeforeApproval()).isNull();
    }
}
