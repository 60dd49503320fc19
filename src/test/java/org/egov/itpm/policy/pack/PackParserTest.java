package org.egov.itpm.policy.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class PackParserTest {

    private static final String VALID = """
            {"id": "demo-2025", "version": 2,
             "jurisdiction": {"name": "示例县", "regionCode": "110101"},
             "effectiveFrom": "2025-01-01", "effectiveTo": "2025-12-31",
             "effectCite": {"article": "art.9", "quote": "自发布之日起施行"},
             "requirements": [{"code": "R1", "gate": "APPROVED", "kind": "REVIEW", "anyOf": ["DEMAND_REVIEW"],
                               "cite": {"article": "art.2", "quote": "需求评审"}}],
             "deadlines": [{"code": "D1", "type": "CONTRACT_SIGNING", "workingDays": 5, "severity": "ERROR",
                            "cite": {"article": "art.3", "quote": "5个工作日内"}}],
             "change": {"mode": "NO_FILING_ROUTE", "cite": {"article": "art.4", "quote": "重新审批"}}}
            """;

    @Test
    void shouldParseAWellFormedPack() {
        Pack pack = PackParser.parse(VALID);

        assertThat(pack.id()).isEqualTo("demo-2025");
        assertThat(pack.version()).isEqualTo(2);
        assertThat(pack.requirements()).singleElement().satisfies(r -> assertThat(r.cite().render()).isEqualTo("demo-2025 art.2"));
        assertThat(pack.deadlines()).singleElement().isEqualTo(new DeadlineRule.ContractSigning("D1", 5,
                org.egov.itpm.policy.Severity.ERROR, new Citation("demo-2025", "art.3", "5个工作日内")));
    }

    @Test
    void shouldListEveryProblemOfAMalformedPackWithItsPath() {
        String broken = """
                {"id": "Demo", "version": 0,
                 "jurisdiction": {"name": "示例县", "regionCode": "11010"},
                 "effectiveFrom": "2025-13-01",
                 "effectCite": {"article": "第九条", "quote": "施行"},
                 "requirements": [{"code": "R1", "gate": "APPROVED", "kind": "REVIEW", "anyOf": ["PEER_REVIEW"],
                                   "cite": {"article": "art.2"}},
                                  {"code": "R1", "gate": "SOMEWHERE", "kind": "FACT", "anyOf": ["TRIAL_RUN_MONTHS"],
                                   "cite": {"article": "art.3", "quote": "试运行"}}],
                 "deadlines": [{"code": "D1", "type": "CONTRACT_FILING", "severity": "ERROR",
                                "cite": {"article": "art.3", "quote": "备案"}}],
                 "change": {"mode": "FILING_WITHIN_LIMITS", "cite": {"article": "art.4", "quote": "备案"}}}
                """;

        PackFormatException e = catchThrowableOfType(PackFormatException.class, () -> PackParser.parse(broken));

        assertThat(e.problems()).extracting(PackProblem::path).contains(
                "$.id", "$.version", "$.jurisdiction.regionCode", "$.effectiveFrom", "$.effectCite.article",
                "$.requirements[0].anyOf[0]", "$.requirements[0].cite.quote", "$.requirements[1].code",
                "$.requirements[1].gate", "$.requirements[1].months", "$.deadlines[0].workingDays",
                "$.change.maxAdjustmentPercent", "$.change.adjustmentMeasure");
        assertThat(e.getMessage()).contains("$.requirements[0].anyOf[0]: unknown ReviewType 'PEER_REVIEW'");
    }

    @Test
    void shouldReadWhoADelayReportGoesToAndRefuseARoleThatReceivesNoReports() {
        String delay = VALID.replace("\"change\":", """
                "checks": [{"code": "DR", "type": "DELAY_REPORT", "severity": "WARNING",
                            "cite": {"article": "art.18", "quote": "向县发展改革委和县财政局报告"},
                            "reportTo": %s}],
                "change":""");

        assertThat(PackParser.parse(delay.formatted("[\"ndrc-approver\", \"finance-officer\"]")).checks())
                .singleElement().satisfies(c -> assertThat(((CheckRule.DelayReport) c).reportTo())
                        .containsExactlyInAnyOrder("ndrc-approver", "finance-officer"));
        assertThat(PackParser.parse(VALID.replace("\"change\":", """
                "checks": [{"code": "DR", "type": "DELAY_REPORT", "severity": "WARNING",
                            "cite": {"article": "art.18", "quote": "报告"}}],
                "change":""")).checks()).singleElement()
                .satisfies(c -> assertThat(((CheckRule.DelayReport) c).reportTo()).isEmpty());
        PackFormatException e = catchThrowableOfType(PackFormatException.class,
                () -> PackParser.parse(delay.formatted("[\"unit-staff\"]")));
        assertThat(e.getMessage()).contains("$.checks[0].reportTo: 'unit-staff' does not receive reports");
    }

    @Test
    void shouldParseExpertPanelsAndRefuseAZeroOrRepeatedOne() {
        String withPanels = VALID.substring(0, VALID.lastIndexOf('}')) + """
                , "reviewPanels": [{"review": "EXPERT_ARGUMENTATION", "minExperts": 2,
                                    "cite": {"article": "art.5", "quote": "专家论证"}}]}
                """;
        Pack pack = PackParser.parse(withPanels);
        assertThat(pack.panelRule(org.egov.itpm.policy.ReviewType.EXPERT_ARGUMENTATION)).hasValueSatisfying(r -> {
            assertThat(r.minExperts()).isEqualTo(2);
            assertThat(r.cite().render()).isEqualTo("demo-2025 art.5");
        });
        assertThat(PackParser.parse(VALID).reviewPanels()).isEmpty();

        String broken = VALID.substring(0, VALID.lastIndexOf('}')) + """
                , "reviewPanels": [{"review": "EXPERT_ARGUMENTATION", "minExperts": 0,
                                    "cite": {"article": "art.5", "quote": "专家论证"}},
                                   {"review": "EXPERT_ARGUMENTATION", "minExperts": 1},
                                   {"review": "PEER_REVIEW", "minExperts": 1, "cite": {"article": "art.5", "quote": "q"}}]}
                """;
        PackFormatException e = catchThrowableOfType(PackFormatException.class, () -> PackParser.parse(broken));
        assertThat(e.problems()).extracting(PackProblem::path).contains("$.reviewPanels[0].minExperts",
                "$.reviewPanels[1].review", "$.reviewPanels[1].cite", "$.reviewPanels[2].review");
    }

    @Test
    void shouldReportInvalidJsonWithItsLocation() {
        PackFormatException e = catchThrowableOfType(PackFormatException.class, () -> PackParser.parse("{\"id\": "));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).contains("not valid JSON");
        });
    }

    @Test
    void shouldRejectAWindowThatEndsBeforeItStarts() {
        String reversed = VALID.replace("\"2025-12-31\"", "\"2024-12-31\"");

        PackFormatException e = catchThrowableOfType(PackFormatException.class, () -> PackParser.parse(reversed));

        assertThat(e.problems()).extracting(PackProblem::path).containsExactly("$.effectiveTo");
    }

    @Test
    void shouldRequireTheArticleThatLimitsAPackToItsOwnLevel() {
        String ownLevel = VALID.replace("\"regionCode\": \"110101\"}", "\"regionCode\": \"110101\", \"scope\": \"OWN_LEVEL_ONLY\"}");

        PackFormatException e = catchThrowableOfType(PackFormatException.class, () -> PackParser.parse(ownLevel));

        assertThat(e.problems()).extracting(PackProblem::path).containsExactly("$.jurisdiction.scopeCite");
    }
}
