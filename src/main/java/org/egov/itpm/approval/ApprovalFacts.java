package org.egov.itpm.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.project.FactsContributor;

/** Tells the policy which approval documents each project holds. */
@ApplicationScoped
public class ApprovalFacts implements FactsContributor {

    @Inject
    ApprovalRepository approvals;

    @Override
    public void contribute(Map<UUID, ProjectFactsBuilder> builders) {
        for (Approval a : approvals.byProjects(builders.keySet())) {
            builders.get(a.projectId).approval(a.kind, a.approvedOn);
        }
    }
}
