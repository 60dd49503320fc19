package org.egov.itpm.project;

import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;

/**
 * A feature that knows facts the policy needs (reviews passed, approvals, documents, contracts …) adds them here,
 * for many projects in one query, so the project feature never reads another feature's tables.
 */
public interface FactsContributor {

    void contribute(Map<UUID, ProjectFactsBuilder> builders);
}
