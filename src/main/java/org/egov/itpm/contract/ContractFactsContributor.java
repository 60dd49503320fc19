package org.egov.itpm.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.project.FactsContributor;

/** Feeds contracts to the policy: signing/filing deadlines (Qufu art.28), clauses and periods (art.30), 监理 gates. */
@ApplicationScoped
public class ContractFactsContributor implements FactsContributor {

    @Inject
    ContractService contracts;

    @Override
    public void contribute(Map<UUID, ProjectFactsBuilder> builders) {
        contracts.byProjects(builders.keySet()).forEach((projectId, list) ->
                list.forEach(c -> builders.get(projectId).contract(c.facts())));
    }
}
