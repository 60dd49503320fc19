package org.egov.itpm.operation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.project.FactsContributor;

/** The O&M budget proposals sent for a system in operation, by year (jiangxi-2024 art.36). */
@ApplicationScoped
public class OperationFacts implements FactsContributor {

    @Inject
    OperationService operation;

    @Override
    public void contribute(Map<UUID, ProjectFactsBuilder> builders) {
        operation.proposalsOf(builders.keySet()).forEach((projectId, list) ->
                list.forEach(b -> builders.get(projectId).omBudgetProposal(b.year, b.sentOn)));
    }
}
