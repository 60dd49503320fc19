package org.egov.itpm.policy.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.egov.itpm.policy.ReviewType;

/** Parses the optional {@code reviewPanels} section: which review types are expert steps, and their minimum panel. */
final class ReviewPanelSection {

    private ReviewPanelSection() {
    }

    static List<ReviewPanelRule> parse(JsonFields f, PackSections sections, JsonNode root) {
        List<ReviewPanelRule> result = new ArrayList<>();
        Set<ReviewType> seen = EnumSet.noneOf(ReviewType.class);
        int i = 0;
        for (JsonNode node : f.array(root, "reviewPanels", "$", false)) {
            String path = "$.reviewPanels[" + i++ + "]";
            ReviewType review = f.enumValue(node, "review", path, ReviewType.class, true);
            if (review != null && !seen.add(review)) {
                f.problem(path + ".review", "duplicate review type '" + review + "'");
            }
            Integer min = f.integer(node, "minExperts", path, true, 1);
            result.add(new ReviewPanelRule(review, min == null ? 1 : min, sections.citation(node, "cite", path, true)));
        }
        return result;
    }
}
