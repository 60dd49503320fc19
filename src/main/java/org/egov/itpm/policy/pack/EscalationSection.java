package org.egov.itpm.policy.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses the optional {@code escalationMeasures} list and {@code articles} object (issue #18); packs without them
 * stay valid: no measure (escalation is refused, cited) and only the articles the pack cites elsewhere.
 */
final class EscalationSection {

    private EscalationSection() {
    }

    static List<EscalationMeasure> measures(JsonFields f, PackSections sections, JsonNode root) {
        List<EscalationMeasure> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int i = 0;
        for (JsonNode node : f.array(root, "escalationMeasures", "$", false)) {
            String path = "$.escalationMeasures[" + i++ + "]";
            String code = f.text(node, "code", path, true);
            if (code != null && !codes.add(code)) {
                f.problem(path + ".code", "duplicate code '" + code + "'");
            }
            result.add(new EscalationMeasure(code, f.enumValue(node, "kind", path, EscalationKind.class, true),
                    f.text(node, "labelZh", path, true), f.text(node, "labelEn", path, true),
                    sections.citation(node, "cite", path, true)));
        }
        return result;
    }

    static RegulationArticles articles(JsonFields f, JsonNode root) {
        JsonNode node = f.object(root, "articles", "$", false);
        if (node == null) {
            return RegulationArticles.NONE;
        }
        String label = f.text(node, "label", "$.articles", true);
        if (label != null && !label.equals("art.") && !label.equals("item ")) {
            f.problem("$.articles.label", "must be 'art.' or 'item ', got '" + label + "'");
        }
        Integer last = f.integer(node, "last", "$.articles", true, 1);
        return new RegulationArticles(label == null ? "art." : label, last == null ? 0 : last);
    }
}
