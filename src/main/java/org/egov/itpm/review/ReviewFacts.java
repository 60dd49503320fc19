package org.egov.itpm.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.project.FactsContributor;

/** Tells the policy which reviews each project has passed, and on which legal date (never the click's instant). */
@ApplicationScoped
public class ReviewFacts implements FactsContributor {

    @Inject
    ReviewRepository reviews;

    @Override
    public void contribute(Map<UUID, ProjectFactsBuilder> builders) {
        for (Review r : reviews.byProjects(builders.keySet())) {
            if (r.status == ReviewStatus.PASSED) {
                builders.get(r.projectId).review(r.type, r.concludedOn);
            }
        }
    }
}
