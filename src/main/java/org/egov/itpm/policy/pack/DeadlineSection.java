package org.egov.itpm.policy.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.egov.itpm.policy.Severity;

/** Parses {@code deadlines} into one {@link DeadlineRule} record per kind, each with the parameters it needs. */
final class DeadlineSection {

    private final JsonFields f;

    private DeadlineSection(JsonFields f) {
        this.f = f;
    }

    static List<DeadlineRule> parse(JsonFields f, PackSections sections, JsonNode root) {
        DeadlineSection section = new DeadlineSection(f);
        List<DeadlineRule> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int i = 0;
        for (JsonNode node : f.array(root, "deadlines", "$", false)) {
            String path = "$.deadlines[" + i++ + "]";
            String code = sections.uniqueCode(node, path, codes);
            DeadlineType type = f.enumValue(node, "type", path, DeadlineType.class, true);
            Severity severity = f.enumValue(node, "severity", path, Severity.class, true);
            Citation cite = sections.citation(node, "cite", path, true);
            DeadlineRule rule = type == null ? null : section.rule(type, node, path, code, severity, cite);
            if (rule != null) {
                result.add(rule);
            }
        }
        return result;
    }

    /** The rule, or null when a parameter it needs is missing (a problem is then recorded). */
    private DeadlineRule rule(DeadlineType type, JsonNode node, String path, String code, Severity severity,
                              Citation cite) {
        return switch (type) {
            case CONTRACT_SIGNING -> {
                Integer days = required(node, path, "workingDays", 1);
                yield days == null ? null : new DeadlineRule.ContractSigning(code, days, severity, cite);
            }
            case CONTRACT_FILING -> {
                Integer days = required(node, path, "workingDays", 1);
                yield days == null ? null : new DeadlineRule.ContractFiling(code, days, severity, cite);
            }
            case CONSTRUCTION_START -> {
                Integer months = required(node, path, "months", 1);
                yield months == null ? null : new DeadlineRule.ConstructionStart(code, months, severity, cite);
            }
            case ACCEPTANCE_APPLICATION -> {
                Integer months = required(node, path, "months", 1);
                yield months == null ? null : new DeadlineRule.AcceptanceApplication(code, months, severity, cite);
            }
            case ACCEPTANCE_EXTENSION -> new DeadlineRule.AcceptanceExtension(code, severity, cite);
            case RECTIFICATION -> new DeadlineRule.Rectification(code, severity, cite);
            case DEMAND_WINDOW -> demandWindow(node, path, code, severity, cite);
            case LIBRARY_VALIDITY -> {
                Integer years = required(node, path, "years", 1);
                yield years == null ? null : new DeadlineRule.LibraryValidity(code, years, severity, cite);
            }
            case PERFORMANCE_REPORT_YEARLY -> new DeadlineRule.PerformanceReportYearly(code, severity, cite);
            case SELF_EVALUATION_WINDOW -> selfEvaluationWindow(node, path, code, severity, cite);
            case SELF_EVALUATION_YEARLY -> new DeadlineRule.SelfEvaluationYearly(code, severity, cite);
            case OM_BUDGET_PROPOSAL -> {
                DeadlineRule.DemandWindow by = (DeadlineRule.DemandWindow) demandWindow(node, path, code, severity, cite);
                yield by == null ? null : new DeadlineRule.OmBudgetProposal(code, by.by(), severity, cite);
            }
        };
    }

    private DeadlineRule demandWindow(JsonNode node, String path, String code, Severity severity, Citation cite) {
        Integer month = required(node, path, "month", 1);
        Integer day = required(node, path, "day", 1);
        if (month == null || day == null) {
            return null;
        }
        try {
            return new DeadlineRule.DemandWindow(code, MonthDay.of(month, day), severity, cite);
        } catch (DateTimeException e) {
            f.problem(path + (month > 12 ? ".month" : ".day"), month > 12 ? "must be 1..12" : "is not a day of month " + month);
            return null;
        }
    }

    private DeadlineRule selfEvaluationWindow(JsonNode node, String path, String code, Severity severity, Citation cite) {
        Integer min = required(node, path, "minMonths", 0);
        Integer max = required(node, path, "maxMonths", 1);
        if (min == null || max == null) {
            return null;
        }
        if (min > max) {
            f.problem(path + ".maxMonths", "must not be below minMonths");
            return null;
        }
        return new DeadlineRule.SelfEvaluationWindow(code, min, max, severity, cite);
    }

    private Integer required(JsonNode node, String path, String name, int min) {
        Integer value = f.integer(node, name, path, false, min);
        if (value == null && (node.get(name) == null || node.get(name).isNull())) {
            f.problem(path + "." + name, "is required for this type");
        }
        return value;
    }
}
