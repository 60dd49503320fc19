package org.egov.itpm.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.project.FactsContributor;

/** A project with an annual-plan entry is in the annual plan (Baotou art.8); the 责任书 filing date (Qufu art.24). */
@ApplicationScoped
public class FundingFacts implements FactsContributor {

    @Inject
    FundingService funding;

    @Override
    public void contribute(Map<UUID, ProjectFactsBuilder> builders) {
        funding.byProjects(builders.keySet()).forEach((projectId, entries) -> {
            if (entries.stream().anyMatch(e -> e.kind == FundingEntry.Kind.ANNUAL_PLAN)) {
                builders.get(projectId).inAnnualPlan(true);
            }
        });
        funding.lettersOf(builders.keySet()).forEach((projectId, letter) ->
                builders.get(projectId).responsibilityLetterFiledOn(letter.filedOn));
    }
}
