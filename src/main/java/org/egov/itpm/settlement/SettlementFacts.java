package org.egov.itpm.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.project.FactsContributor;

/** The final settlement's date and surplus, and the surplus returned (the SURPLUS_RETURN check). */
@ApplicationScoped
public class SettlementFacts implements FactsContributor {

    @Inject
    SettlementService settlements;

    @Override
    public void contribute(Map<UUID, ProjectFactsBuilder> builders) {
        settlements.settlementsOf(builders.keySet()).forEach((id, s) -> builders.get(id).settled(s.settledOn, s.surplus()));
        settlements.returnsOf(builders.keySet()).forEach((id, r) -> builders.get(id).surplusReturned(r.returnedOn, r.amount));
    }
}
