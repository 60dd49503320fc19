package org.egov.itpm.policy.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.BuildType;
import org.egov.itpm.policy.ChangeReason;
import org.egov.itpm.policy.FundingSource;
import org.egov.itpm.policy.ProjectKind;

/** Parses the change section of a pack, and the citations, conditions and codes every section uses. */
final class PackSections {

    private static final Pattern ARTICLE = Pattern.compile("art\\.\\d+|item \\d+|notice");

    private final JsonFields f;
    private final String packId;

    PackSections(JsonFields f, String packId) {
        this.f = f;
        this.packId = packId;
    }

    Citation citation(JsonNode parent, String name, String path, boolean required) {
        JsonNode node = f.object(parent, name, path, required);
        if (node == null) {
            return null;
        }
        String at = path + "." + name;
        String article = f.text(node, "article", at, true);
        if (article != null && !ARTICLE.matcher(article).matches()) {
            f.problem(at + ".article", "must read 'art.28', 'item 4' or 'notice', got '" + article + "'");
        }
        return new Citation(packId, article, f.text(node, "quote", at, true));
    }

    ChangeRule change(JsonNode root) {
        JsonNode node = f.object(root, "change", "$", true);
        if (node == null) {
            return null;
        }
        String path = "$.change";
        ChangeMode mode = f.enumValue(node, "mode", path, ChangeMode.class, true);
        Citation cite = citation(node, "cite", path, true);
        Citation review = citation(node, "reApprovalReview", path, false);
        if (mode == null) {
            return null;
        }
        return switch (mode) {
            case MAJOR_CHANGE_REAPPROVAL -> new ChangeRule.MajorChangeReApproval(cite, review);
            case NO_FILING_ROUTE -> new ChangeRule.NoFilingRoute(cite, review);
            case FILING_WITHIN_LIMITS -> withinLimits(node, path, cite, review);
        };
    }

    private ChangeRule withinLimits(JsonNode node, String path, Citation cite, Citation review) {
        BigDecimal max = f.decimal(node, "maxAdjustmentPercent", path, false);
        AdjustmentMeasure measure = f.enumValue(node, "adjustmentMeasure", path, AdjustmentMeasure.class, false);
        if (max == null) {
            f.problem(path + ".maxAdjustmentPercent", "is required when mode is FILING_WITHIN_LIMITS");
        }
        if (measure == null) {
            f.problem(path + ".adjustmentMeasure", "is required when mode is FILING_WITHIN_LIMITS");
        }
        ChangeRule.FilingWithinLimits rule = new ChangeRule.FilingWithinLimits(max,
                f.decimal(node, "maxNewContentPercent", path, false), f.decimal(node, "maxNewContentAmount", path, false),
                f.bool(node, "excludeTenderSavings", path), measure,
                f.enumSet(node, "allowedReasons", path, ChangeReason.class), cite, review);
        return max == null || measure == null ? null : rule;
    }

    Condition condition(JsonNode parent, String path) {
        JsonNode node = f.object(parent, "when", path, false);
        if (node == null) {
            return Condition.ALWAYS;
        }
        String at = path + ".when";
        JsonNode cross = node.get("crossDepartment");
        return new Condition(f.decimal(node, "minInvestment", at, false), f.decimal(node, "belowInvestment", at, false),
                f.enumSet(node, "fundingSources", at, FundingSource.class),
                f.enumSet(node, "exceptFundingSources", at, FundingSource.class),
                f.enumSet(node, "projectKinds", at, ProjectKind.class),
                cross == null || cross.isNull() ? null : f.bool(node, "crossDepartment", at),
                f.enumSet(node, "exceptBuildTypes", at, BuildType.class),
                f.enumSet(node, "attestations", at, Attestation.class),
                f.enumSet(node, "exceptAttestations", at, Attestation.class),
                f.enumSet(node, "approvals", at, ApprovalKind.class));
    }

    String uniqueCode(JsonNode node, String path, Set<String> codes) {
        String code = f.text(node, "code", path, true);
        if (code != null && !codes.add(code)) {
            f.problem(path + ".code", "duplicate code '" + code + "'");
        }
        return code;
    }
}
