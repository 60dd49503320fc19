package org.egov.itpm.policy.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;
import org.egov.itpm.policy.IpOwner;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.Stage;
import org.junit.jupiter.api.Test;

/** The parser builds one record per rule kind from the unchanged JSON, and names each missing parameter. */
class TypedRuleParsingTest {

    private static final String HEAD = """
            {"id": "demo-2025", "version": 1,
             "jurisdiction": {"name": "示例县", "regionCode": "110101"},
             "effectiveFrom": "2025-01-01", "effectCite": {"article": "art.9", "quote": "施行"},
             "requirements": [{"code": "R1", "gate": "APPROVED", "kind": "REVIEW", "anyOf": ["DEMAND_REVIEW"],
                               "when": {"minInvestment": 5000000}, "cite": {"article": "art.2", "quote": "评审"}}],
            """;
    private static final String CITE = "\"cite\": {\"article\": \"art.3\", \"quote\": \"q\"}";

    private static Pack parse(String deadlines, String checks, String change) {
        return PackParser.parse(HEAD + "\"deadlines\": [" + deadlines + "], \"checks\": [" + checks + "], \"change\": "
                + change + "}");
    }

    @Test
    void shouldBuildEachKindWithExactlyItsParameters() {
        Pack pack = parse("""
                {"code": "D", "type": "DEMAND_WINDOW", "month": 9, "day": 30, "severity": "WARNING", %s},
                {"code": "S", "type": "SELF_EVALUATION_WINDOW", "minMonths": 6, "maxMonths": 12, "severity": "WARNING", %s}
                """.formatted(CITE, CITE), """
                {"code": "P", "type": "PLATFORM_FILING", "value": "PROGRESS", "fromStage": "CONSTRUCTION",
                 "detail": "平台", "severity": "WARNING", %s},
                {"code": "I", "type": "IP_OWNER", "values": ["GOVERNMENT"], "severity": "ERROR", %s}
                """.formatted(CITE, CITE), """
                {"mode": "FILING_WITHIN_LIMITS", "maxAdjustmentPercent": 10, "maxNewContentAmount": 2000000,
                 "adjustmentMeasure": "ADDED_PLUS_REMOVED", %s}""".formatted(CITE));

        assertThat(pack.deadlines().get(0)).isInstanceOfSatisfying(DeadlineRule.DemandWindow.class,
                d -> assertThat(d.by()).isEqualTo(MonthDay.of(9, 30)));
        assertThat(pack.deadlines().get(1)).isInstanceOfSatisfying(DeadlineRule.SelfEvaluationWindow.class,
                d -> assertThat(List.of(d.minMonths(), d.maxMonths())).containsExactly(6, 12));
        assertThat(pack.checks().get(0)).isInstanceOfSatisfying(CheckRule.PlatformFilingRequired.class, c -> {
            assertThat(c.filing()).isEqualTo(PlatformFiling.PROGRESS);
            assertThat(c.fromStage()).isEqualTo(Stage.CONSTRUCTION);
            assertThat(c.platform()).isEqualTo("平台");
        });
        assertThat(pack.checks().get(1)).isInstanceOfSatisfying(CheckRule.IpOwnerRequired.class,
                c -> assertThat(c.owners()).containsExactly(IpOwner.GOVERNMENT));
        assertThat(pack.change()).isInstanceOfSatisfying(ChangeRule.FilingWithinLimits.class, c -> {
            assertThat(c.maxAdjustmentPercent()).isEqualByComparingTo(BigDecimal.TEN);
            assertThat(c.maxNewContentPercent()).isNull();
            assertThat(c.parameters()).extracting(RuleParameter::name).containsExactly("maxAdjustmentPercent",
                    "maxNewContentAmount", "excludeTenderSavings", "adjustmentMeasure");
        });
        assertThat(pack.requirements().get(0).parameters()).contains(
                new RuleParameter("when.minInvestment", ParameterKind.AMOUNT, "5000000", List.of(), "CNY"));
    }

    @Test
    void shouldNameEveryMissingOrWrongParameterOfEachKind() {
        PackFormatException e = catchThrowableOfType(PackFormatException.class, () -> parse("""
                {"code": "D", "type": "DEMAND_WINDOW", "month": 2, "day": 30, "severity": "WARNING", %s},
                {"code": "S", "type": "SELF_EVALUATION_WINDOW", "minMonths": 12, "maxMonths": 6, "severity": "WARNING", %s},
                {"code": "L", "type": "LIBRARY_VALIDITY", "severity": "WARNING", %s}
                """.formatted(CITE, CITE, CITE), """
                {"code": "P", "type": "PLATFORM_FILING", "value": "PROGRESS", "severity": "WARNING", %s},
                {"code": "A", "type": "ATTESTATION", "value": "NOPE", "fromStage": "DRAFT", "severity": "ERROR", %s},
                {"code": "W", "type": "MIN_WARRANTY_MONTHS", "severity": "ERROR", %s}
                """.formatted(CITE, CITE, CITE), """
                {"mode": "FILING_WITHIN_LIMITS", %s}""".formatted(CITE)));

        assertThat(e.problems()).extracting(PackProblem::path).containsExactlyInAnyOrder(
                "$.deadlines[0].day", "$.deadlines[1].maxMonths", "$.deadlines[2].years",
                "$.checks[0].fromStage", "$.checks[0].detail", "$.checks[1].value", "$.checks[1].fromStage",
                "$.checks[2].months", "$.change.maxAdjustmentPercent", "$.change.adjustmentMeasure");
    }
}
