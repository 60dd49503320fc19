package org.egov.itpm.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.facts.OversightOrder;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.project.FactsContributor;

/** Orders and manual findings become deadlines (their time limits) and findings through the policy. */
@ApplicationScoped
public class RectificationFacts implements FactsContributor {

    @Inject
    RectificationReads reads;

    @Override
    public void contribute(Map<UUID, ProjectFactsBuilder> builders) {
        reads.byProjects(builders.keySet()).forEach((projectId, orders) -> orders.forEach(o ->
                builders.get(projectId).oversightOrder(new OversightOrder(o.id.toString(),
                        o.kind == RectificationOrder.Kind.FINDING, o.severity, new Citation(o.packId, o.article, o.quote),
                        o.text, o.issuedBy, o.issuedOn, o.dueOn, o.reportedOn,
                        o.state == RectificationOrder.State.ACCEPTED))));
    }
}
