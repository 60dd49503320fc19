package org.egov.itpm.policy.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egov.itpm.policy.ApprovalKind;

/**
 * Parses the optional {@code approvalIssuers} (one entry per approval kind) and {@code approvedMoveBy} sections.
 * Only the two roles that record approvals at all may be named.
 */
final class ApprovalIssuerSection {

    static final Set<String> APPROVER_ROLES = Set.of("authority-approver", "ndrc-approver");

    private ApprovalIssuerSection() {
    }

    static ApprovalIssuers parse(JsonFields f, PackSections sections, JsonNode root) {
        Map<ApprovalKind, IssuerRule> byKind = new EnumMap<>(ApprovalKind.class);
        int i = 0;
        for (JsonNode node : f.array(root, "approvalIssuers", "$", false)) {
            String path = "$.approvalIssuers[" + i++ + "]";
            ApprovalKind kind = f.enumValue(node, "kind", path, ApprovalKind.class, true);
            IssuerRule rule = rule(f, sections, node, path);
            if (kind != null && byKind.put(kind, rule) != null) {
                f.problem(path + ".kind", "duplicate approval kind '" + kind + "'");
            }
        }
        JsonNode move = f.object(root, "approvedMoveBy", "$", false);
        return new ApprovalIssuers(byKind, move == null ? null : rule(f, sections, move, "$.approvedMoveBy"));
    }

    private static IssuerRule rule(JsonFields f, PackSections sections, JsonNode node, String path) {
        List<String> roles = f.strings(node, "roles", path, true);
        roles.stream().filter(r -> !APPROVER_ROLES.contains(r)).forEach(r -> f.problem(path + ".roles",
                "'" + r + "' does not record approvals; use " + APPROVER_ROLES));
        return new IssuerRule(Set.copyOf(roles), sections.citation(node, "cite", path, true));
    }
}
