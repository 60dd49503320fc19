package org.egov.itpm.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.project.FactsContributor;

/** Tells the policy which change requests await re-approval (CHANGE_AWAITING_RE_APPROVAL findings). */
@ApplicationScoped
public class PendingChangeFacts implements FactsContributor {

    @Inject
    ChangeService changes;

    @Override
    public void contribute(Map<UUID, ProjectFactsBuilder> builders) {
        for (Map.Entry<UUID, List<ChangeRequest>> e : changes.byProjects(builders.keySet()).entrySet()) {
            e.getValue().stream().filter(c -> c.status == ChangeRequest.Status.AWAITING_APPROVAL)
                    .forEach(c -> builders.get(e.getKey()).pendingReApproval(c.seq,
                            c.requestedOn));
        }
    }
}
