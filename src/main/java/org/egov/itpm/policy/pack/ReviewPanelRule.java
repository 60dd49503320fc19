package org.egov.itpm.policy.pack;

import org.egov.itpm.policy.ReviewType;

/**
 * A review type the pack has experts carry out: a round of it needs at least {@code minExperts} on its panel, and
 * passes only once each of them has signed an opinion. {@code cite} is the article that calls for the experts.
 */
public record ReviewPanelRule(ReviewType review, int minExperts, Citation cite) {
}
