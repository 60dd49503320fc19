package org.egov.itpm.policy.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.ExclusionGround;
import org.egov.itpm.policy.IpOwner;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.ReviewType;
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

    private static final String REQUIREMENTS_HEAD = """
            {"id": "demo-2025", "version": 1,
             "jurisdiction": {"name": "示例县", "regionCode": "110101"},
             "effectiveFrom": "2025-01-01", "effectCite": {"article": "art.9", "quote": "施行"},
            """;

    private static Pack parseRequirements(String requirements, String acceptanceDocuments) {
        return PackParser.parse(REQUIREMENTS_HEAD + "\"requirements\": [" + requirements + "], \"acceptanceDocuments\": ["
                + acceptanceDocuments + "], \"change\": {\"mode\": \"MAJOR_CHANGE_REAPPROVAL\", " + CITE + "}}");
    }

    @Test
    void shouldBuildEachRequirementKindWithItsTypedAlternativesAndOnlyItsParameters() {
        Pack pack = parseRequirements("""
                {"code": "RV", "gate": "APPROVED", "kind": "REVIEW", "anyOf": ["TECHNICAL_REVIEW"],
                 "after": "DEMAND_REVIEW", %1$s},
                {"code": "AP", "gate": "APPROVED", "kind": "APPROVAL", "anyOf": ["PROJECT_APPROVAL"],
                 "after": "REVIEW:TECHNICAL_REVIEW", %1$s},
                {"code": "DO", "gate": "APPLIED", "kind": "DOCUMENT", "anyOf": ["FRAMEWORK_PLAN", "CONSTRUCTION_PLAN"], %1$s},
                {"code": "AT", "gate": "APPROVED", "kind": "ATTESTATION", "anyOf": ["DATA_SHARED"], %1$s},
                {"code": "EX", "gate": "APPLIED", "kind": "EXCLUSION", "anyOf": ["NEW_INFRASTRUCTURE"], %1$s},
                {"code": "FA", "gate": "PRELIMINARY_ACCEPTANCE", "kind": "FACT",
                 "anyOf": ["TRIAL_RUN_MONTHS", "PRELIMINARY_ACCEPTANCE_PASSED"], "months": 6, %1$s},
                {"code": "FL", "gate": "FUNDED", "kind": "FACT", "anyOf": ["LIBRARY_ENTRY", "APPROVED"], %1$s}
                """.formatted(CITE), """
                {"code": "CD", "gate": "FINAL_ACCEPTANCE", "kind": "CONTRACT_DOCUMENT",
                 "anyOf": ["CONTRACT_ACCEPTANCE_REPORT"], %s}""".formatted(CITE));

        List<Requirement> r = pack.requirements();
        assertThat(r.get(0)).isInstanceOfSatisfying(Requirement.ReviewPassed.class, g -> {
            assertThat(g.anyOf()).containsExactly(ReviewType.TECHNICAL_REVIEW);
            assertThat(g.after()).isEqualTo(new DatedStep.Review(ReviewType.DEMAND_REVIEW));
        });
        assertThat(r.get(1)).isInstanceOfSatisfying(Requirement.ApprovalOnRecord.class, g -> {
            assertThat(g.anyOf()).containsExactly(ApprovalKind.PROJECT_APPROVAL);
            assertThat(g.after()).isEqualTo(new DatedStep.Review(ReviewType.TECHNICAL_REVIEW));
        });
        assertThat(r.get(2)).isInstanceOfSatisfying(Requirement.DocumentPresent.class, g -> assertThat(g.anyOf())
                .containsExactly(DocumentType.FRAMEWORK_PLAN, DocumentType.CONSTRUCTION_PLAN));
        assertThat(r.get(3)).isInstanceOfSatisfying(Requirement.AttestationConfirmed.class,
                g -> assertThat(g.anyOf()).containsExactly(Attestation.DATA_SHARED));
        assertThat(r.get(4)).isInstanceOfSatisfying(Requirement.NotExcluded.class,
                g -> assertThat(g.grounds()).containsExactly(ExclusionGround.NEW_INFRASTRUCTURE));
        assertThat(r.get(5)).isInstanceOfSatisfying(Requirement.FactHolds.class, g -> assertThat(g.anyOf())
                .containsExactly(new Fact.TrialRunLasted(6), new Fact.Recorded(FactCheck.PRELIMINARY_ACCEPTANCE_PASSED)));
        assertThat(r.get(6)).isInstanceOfSatisfying(Requirement.FactHolds.class, g -> assertThat(g.anyOf())
                .containsExactly(new Fact.Recorded(FactCheck.LIBRARY_ENTRY), new Fact.Recorded(FactCheck.APPROVED)));
        assertThat(pack.acceptanceDocuments()).singleElement().isInstanceOfSatisfying(
                Requirement.DocumentPerContract.class,
                g -> assertThat(g.anyOf()).containsExactly(DocumentType.CONTRACT_ACCEPTANCE_REPORT));

        // parameters as policyPacks serves them: after as written in the JSON, months only where the trial run is
        assertThat(r.get(0).parameters()).extracting(RuleParameter::name, RuleParameter::value).containsExactly(
                tuple("gate", "APPROVED"), tuple("anyOf", "1"), tuple("after", "DEMAND_REVIEW"));
        assertThat(r.get(1).parameters()).contains(new RuleParameter("after", ParameterKind.CODE,
                "REVIEW:TECHNICAL_REVIEW", List.of(), null));
        assertThat(r.get(5).parameters()).extracting(RuleParameter::name).containsExactly("gate", "anyOf", "months");
        assertThat(r.get(5).parameters().get(1).values()).containsExactly("TRIAL_RUN_MONTHS",
                "PRELIMINARY_ACCEPTANCE_PASSED");
        assertThat(r.get(6).parameters()).extracting(RuleParameter::name).containsExactly("gate", "anyOf");
    }

    @Test
    void shouldRefuseAnUnknownConstantOfEachVocabularyAndParametersMeaninglessForTheKind() {
        PackFormatException e = catchThrowableOfType(PackFormatException.class, () -> parseRequirements("""
                {"code": "RV", "gate": "APPROVED", "kind": "REVIEW", "anyOf": ["PEER_REVIEW"], %1$s},
                {"code": "AP", "gate": "APPROVED", "kind": "APPROVAL", "anyOf": ["PROJECT_APPROVAL", "BLESSING"], %1$s},
                {"code": "DO", "gate": "APPLIED", "kind": "DOCUMENT", "anyOf": ["NAPKIN"], %1$s},
                {"code": "AT", "gate": "APPROVED", "kind": "ATTESTATION", "anyOf": ["PINKY_PROMISE"], %1$s},
                {"code": "EX", "gate": "APPLIED", "kind": "EXCLUSION", "anyOf": ["BAD_WEATHER"], %1$s},
                {"code": "FA", "gate": "FUNDED", "kind": "FACT", "anyOf": ["GOOD_VIBES"], %1$s},
                {"code": "A1", "gate": "APPROVED", "kind": "APPROVAL", "anyOf": ["FILING"], "after": "REVIEW:NAPKIN", %1$s},
                {"code": "A2", "gate": "APPROVED", "kind": "REVIEW", "anyOf": ["JOINT_REVIEW"], "after": "DOCUMENT:FILING", %1$s},
                {"code": "A3", "gate": "APPLIED", "kind": "DOCUMENT", "anyOf": ["FRAMEWORK_PLAN"], "after": "REVIEW:JOINT_REVIEW", %1$s},
                {"code": "M1", "gate": "APPROVED", "kind": "REVIEW", "anyOf": ["JOINT_REVIEW"], "months": 6, %1$s},
                {"code": "M2", "gate": "FUNDED", "kind": "FACT", "anyOf": ["ANNUAL_PLAN"], "months": 6, %1$s},
                {"code": "M3", "gate": "FUNDED", "kind": "FACT", "anyOf": ["TRIAL_RUN_MONTHS"], %1$s}
                """.formatted(CITE), """
                {"code": "CD", "gate": "FINAL_ACCEPTANCE", "kind": "CONTRACT_DOCUMENT", "anyOf": ["RECEIPT"], %s}"""
                .formatted(CITE)));

        assertThat(e.problems()).extracting(PackProblem::path).containsExactlyInAnyOrder(
                "$.requirements[0].anyOf[0]", "$.requirements[1].anyOf[1]", "$.requirements[2].anyOf[0]",
                "$.requirements[3].anyOf[0]", "$.requirements[4].anyOf[0]", "$.requirements[5].anyOf[0]",
                "$.requirements[6].after", "$.requirements[7].after", "$.requirements[8].after",
                "$.requirements[9].months", "$.requirements[10].months", "$.requirements[11].months",
                "$.acceptanceDocuments[0].anyOf[0]");
        assertThat(e.getMessage()).contains("$.requirements[1].anyOf[1]: unknown ApprovalKind 'BLESSING'",
                "$.requirements[3].anyOf[0]: unknown Attestation 'PINKY_PROMISE'",
                "$.requirements[4].anyOf[0]: unknown ExclusionGround 'BAD_WEATHER'",
                "$.requirements[5].anyOf[0]: unknown FactCheck 'GOOD_VIBES'",
                "$.requirements[6].after: unknown ReviewType 'NAPKIN'",
                "$.acceptanceDocuments[0].anyOf[0]: unknown DocumentType 'RECEIPT'",
                "$.requirements[11].months: is required for TRIAL_RUN_MONTHS");
    }
}
