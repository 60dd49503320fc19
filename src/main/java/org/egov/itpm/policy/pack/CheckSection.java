package org.egov.itpm.policy.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.ContractClause;
import org.egov.itpm.policy.IpOwner;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.Stage;

/** Parses {@code checks} into one {@link CheckRule} record per kind, each with the parameters it needs. */
final class CheckSection {

    private final JsonFields f;

    private CheckSection(JsonFields f) {
        this.f = f;
    }

    /** What every check has besides its own parameters. */
    private record Common(String code, Severity severity, Condition when, Citation cite) {
    }

    static List<CheckRule> parse(JsonFields f, PackSections sections, JsonNode root) {
        CheckSection section = new CheckSection(f);
        List<CheckRule> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int i = 0;
        for (JsonNode node : f.array(root, "checks", "$", false)) {
            String path = "$.checks[" + i++ + "]";
            String code = sections.uniqueCode(node, path, codes);
            CheckType type = f.enumValue(node, "type", path, CheckType.class, true);
            Common common = new Common(code, f.enumValue(node, "severity", path, Severity.class, true),
                    sections.condition(node, path), sections.citation(node, "cite", path, true));
            CheckRule rule = type == null ? null : section.rule(type, node, path, common);
            if (rule != null) {
                result.add(rule);
            }
        }
        return result;
    }

    /** Roles of the bodies a serious delay or loss is reported to; only those that receive reports may be named. */
    static final Set<String> REPORT_RECIPIENT_ROLES = Set.of("authority-reviewer", "authority-approver", "ndrc-approver",
            "finance-officer");

    private Set<String> reportTo(JsonNode node, String path) {
        List<String> roles = f.strings(node, "reportTo", path, false);
        roles.stream().filter(r -> !REPORT_RECIPIENT_ROLES.contains(r)).forEach(r -> f.problem(path + ".reportTo",
                "'" + r + "' does not receive reports; use " + REPORT_RECIPIENT_ROLES));
        return Set.copyOf(roles);
    }

    /** The rule, or null when a parameter it needs is missing or wrong (a problem is then recorded). */
    private CheckRule rule(CheckType type, JsonNode node, String path, Common c) {
        return switch (type) {
            case MIN_SECURITY_BUDGET_SHARE -> {
                BigDecimal percent = f.decimal(node, "percent", path, false);
                yield required(percent, path, "percent") ? new CheckRule.SecurityBudgetShare(c.code, percent,
                        c.severity, c.when, c.cite) : null;
            }
            case MIN_WARRANTY_MONTHS -> {
                Integer months = months(node, path);
                yield months == null ? null : new CheckRule.Warranty(c.code, months, c.severity, c.when, c.cite);
            }
            case MAX_IMPLEMENTATION_MONTHS -> {
                Integer months = months(node, path);
                yield months == null ? null : new CheckRule.ImplementationPeriod(c.code, months, c.severity, c.when, c.cite);
            }
            case TRIAL_RUN_MINIMUM -> {
                Integer months = months(node, path);
                yield months == null ? null : new CheckRule.TrialRunMinimum(c.code, months, c.severity, c.when, c.cite);
            }
            case CONTRACT_CLAUSE -> {
                ContractClause clause = value(node, path, ContractClause.class);
                yield clause == null ? null : new CheckRule.ContractClauseRequired(c.code, clause, c.severity, c.when, c.cite);
            }
            case IP_OWNER -> ipOwner(node, path, c);
            case SUPERVISION_CONTRACT -> {
                Stage from = fromStage(node, path);
                yield from == null ? null : new CheckRule.SupervisionContract(c.code, from, c.severity, c.when, c.cite);
            }
            case RESPONSIBILITY_LETTER -> {
                Stage from = fromStage(node, path);
                yield from == null ? null : new CheckRule.ResponsibilityLetter(c.code, from, c.severity, c.when, c.cite);
            }
            case ATTESTATION -> {
                Attestation attestation = value(node, path, Attestation.class);
                Stage from = fromStage(node, path);
                yield attestation == null || from == null ? null
                        : new CheckRule.AttestationRequired(c.code, attestation, from, c.severity, c.when, c.cite);
            }
            case PLATFORM_FILING -> {
                PlatformFiling filing = value(node, path, PlatformFiling.class);
                Stage from = fromStage(node, path);
                String platform = f.text(node, "detail", path, false);
                boolean named = required(platform, path, "detail");
                yield filing == null || from == null || !named ? null
                        : new CheckRule.PlatformFilingRequired(c.code, filing, from, platform, c.severity, c.when, c.cite);
            }
            case SURPLUS_RETURN -> new CheckRule.SurplusReturn(c.code, c.severity, c.when, c.cite);
            case DELAY_REPORT -> new CheckRule.DelayReport(c.code, c.severity, c.when, c.cite, reportTo(node, path));
            case BUDGET_MATCHES_ANNUAL_PLAN -> new CheckRule.BudgetMatchesPlan(c.code, c.severity, c.when, c.cite);
            case ATTESTATION_IF_ABOVE_APPROVAL -> {
                Attestation attestation = value(node, path, Attestation.class);
                ApprovalKind approval = f.enumValue(node, "approval", path, ApprovalKind.class, true);
                ApprovalKind above = f.enumValue(node, "above", path, ApprovalKind.class, true);
                yield attestation == null || approval == null || above == null ? null
                        : new CheckRule.AttestationIfAboveApproval(c.code, attestation, approval, above, c.severity,
                        c.when, c.cite);
            }
            case ANNUAL_PLAN_FROM_STAGE -> {
                Stage from = fromStage(node, path);
                yield from == null ? null : new CheckRule.AnnualPlanFromStage(c.code, from, c.severity, c.when, c.cite);
            }
        };
    }

    private CheckRule ipOwner(JsonNode node, String path, Common c) {
        List<String> values = f.strings(node, "values", path, false);
        if (values.isEmpty()) {
            f.problem(path + ".values", "is required for this type (the accepted IpOwner values)");
            return null;
        }
        List<IpOwner> owners = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            owners.add(f.constant(values.get(i), path + ".values[" + i + "]", IpOwner.class));
        }
        return owners.contains(null) ? null : new CheckRule.IpOwnerRequired(c.code, owners, c.severity, c.when, c.cite);
    }

    private Integer months(JsonNode node, String path) {
        Integer months = f.integer(node, "months", path, false, 1);
        return required(months, path, "months") ? months : null;
    }

    private <E extends Enum<E>> E value(JsonNode node, String path, Class<E> vocabulary) {
        String value = f.text(node, "value", path, false);
        return required(value, path, "value") ? f.constant(value, path + ".value", vocabulary) : null;
    }

    private Stage fromStage(JsonNode node, String path) {
        Stage stage = f.enumValue(node, "fromStage", path, Stage.class, false);
        if (!required(stage, path, "fromStage")) {
            return null;
        }
        if (!stage.isCanonical()) {
            f.problem(path + ".fromStage", "must be a canonical stage, not " + stage);
            return null;
        }
        if (stage == Stage.DRAFT) {
            f.problem(path + ".fromStage", "DRAFT would flag every project; name the stage the duty starts at");
            return null;
        }
        return stage;
    }

    /** Records "is required" when {@code value} is null and the field was absent (a bad value has its own problem). */
    private boolean required(Object value, String path, String name) {
        if (value == null && !f.problems().stream().anyMatch(p -> p.path().startsWith(path + "." + name))) {
            f.problem(path + "." + name, "is required for this type");
        }
        return Objects.nonNull(value);
    }
}
