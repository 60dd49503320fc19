package org.egov.itpm.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.egov.itpm.pack.PolicyPackView.PolicyRuleView;
import org.egov.itpm.policy.pack.BuiltInPacks;
import org.egov.itpm.policy.pack.ParameterKind;
import org.junit.jupiter.api.Test;

/** policyPacks shows every threshold of every built-in pack as data, and nothing as a Java toString dump. */
class PolicyPackParametersTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    /** The rule sections policyPacks exposes, with the category their rules carry. */
    private static final Map<String, String> SECTIONS = Map.of("requirements", "GATE",
            "acceptanceDocuments", "ACCEPTANCE_DOCUMENT", "omFundingConditions", "OM_FUNDING", "deadlines", "DEADLINE",
            "checks", "CHECK", "reviewPanels", "REVIEW_PANEL", "change", "CHANGE");
    private static final Pattern RECORD_TO_STRING = Pattern.compile("[A-Z][a-zA-Z]+\\[|\\w+=\\w");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    /** A number in the pack JSON: the rule it belongs to and its field path inside the rule. */
    private record Threshold(String pack, String category, String rule, String field, BigDecimal value) {
    }

    @Test
    void shouldShowEveryNumberOfEveryPacksRulesAsAParameter() throws IOException {
        int checked = 0;
        for (String file : BuiltInPacks.FILES) {
            PolicyPackView view = PolicyPackView.of(BuiltInPacks.load(file), TODAY);
            for (Threshold t : thresholds(file)) {
                PolicyRuleView rule = view.rules().stream()
                        .filter(r -> r.category().equals(t.category()) && r.code().equals(t.rule())).findFirst()
                        .orElseThrow(() -> new AssertionError("no rule for " + t));
                assertThat(rule.parameters()).as(t.toString()).anySatisfy(p -> assertThat(matches(p, t)).isTrue());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(40);
    }

    @Test
    void shouldShowQufusFeasibilityStudyGateFromFiveMillionAsAnAmount() {
        PolicyPackView qufu = PolicyPackView.of(BuiltInPacks.load("qufu-2024.json"), TODAY);
        PolicyRuleView fsr = qufu.rules().stream().filter(r -> r.code().equals("FSR_FROM_5_MILLION")).findFirst()
                .orElseThrow();
        assertThat(fsr.parameters()).contains(new RuleParameterView("when.minInvestment", ParameterKind.AMOUNT,
                "5000000", List.of(), "CNY"));
        assertThat(fsr.citation().text()).startsWith("qufu-2024 art.");
        PolicyRuleView signing = qufu.rules().stream().filter(r -> r.code().equals("CONTRACT_SIGNING")).findFirst()
                .orElseThrow();
        assertThat(signing.parameters()).containsExactly(new RuleParameterView("workingDays",
                ParameterKind.WORKING_DAYS, "10", List.of(), "working day"));
        assertThat(signing.citation().text()).isEqualTo("qufu-2024 art.28");
    }

    @Test
    void shouldCarryNoJavaToStringInAnyString() throws IOException {
        for (String file : BuiltInPacks.FILES) {
            JsonNode served = JSON.valueToTree(PolicyPackView.of(BuiltInPacks.load(file), TODAY));
            List<String> strings = new ArrayList<>();
            collectStrings(served, strings);
            assertThat(strings).as(file).isNotEmpty().noneMatch(s -> RECORD_TO_STRING.matcher(s).find());
        }
        assertThat(RECORD_TO_STRING.matcher("CheckRule[code=X, months=6]").find()).isTrue();
    }

    private static boolean matches(RuleParameterView p, Threshold t) {
        if (t.field().equals("month") || t.field().equals("day")) {
            if (p.kind() != ParameterKind.DAY_OF_YEAR) {
                return false;
            }
            MonthDay day = MonthDay.parse(p.value());
            return (t.field().equals("month") ? day.getMonthValue() : day.getDayOfMonth()) == t.value().intValue();
        }
        return p.name().equals(t.field()) && new BigDecimal(p.value()).compareTo(t.value()) == 0;
    }

    private static List<Threshold> thresholds(String file) throws IOException {
        JsonNode root;
        try (InputStream in = PolicyPackParametersTest.class.getResourceAsStream("/policy/packs/" + file)) {
            root = JSON.readTree(in);
        }
        List<Threshold> out = new ArrayList<>();
        for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
            JsonNode node = root.get(section.getKey());
            if (node == null) {
                continue;
            }
            for (JsonNode rule : node.isArray() ? node : List.of(node)) {
                String code = rule.has("code") ? rule.get("code").asText()
                        : rule.has("review") ? "PANEL_" + rule.get("review").asText() : section.getValue();
                numbers(rule, "", (field, value) -> out.add(new Threshold(file, section.getValue(), code, field, value)));
            }
        }
        return out;
    }

    private static void numbers(JsonNode node, String prefix, java.util.function.BiConsumer<String, BigDecimal> sink) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNumber()) {
                sink.accept(prefix + e.getKey(), e.getValue().decimalValue());
            } else if (e.getValue().isObject()) {
                numbers(e.getValue(), prefix + e.getKey() + ".", sink);
            }
        }
    }

    private static void collectStrings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> collectStrings(child, out));
    }
}
