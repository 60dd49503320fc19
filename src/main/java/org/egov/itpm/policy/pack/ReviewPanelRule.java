package org.egov.itpm.policy.pack;

import java.util.List;
import org.egov.itpm.policy.ReviewType;

/**
 * A review type the pack has experts carry out: a round of it needs at least {@code minExperts} on its panel, and
 * passes only once each of them has signed an opinion. {@code cite} is the article that calls for the experts.
 */
public record ReviewPanelRule(ReviewType review, int minExperts, Citation cite) {

    /** The parameters as data, for the API and the docs. */
    public List<RuleParameter> parameters() {
        return List.of(RuleParameter.code("review", review.name()), RuleParameter.count("minExperts", minExperts));
    }
}
