package org.egov.itpm.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.project.FactsContributor;

/** Tells the policy which document types each project, and each of its contracts, has. */
@ApplicationScoped
public class DocumentFacts implements FactsContributor {

    @Inject
    DocumentRepository documents;

    @Override
    public void contribute(Map<UUID, ProjectFactsBuilder> builders) {
        for (DocumentMeta d : documents.metaByProjects(builders.keySet())) {
            builders.get(d.projectId()).documents(d.type());
            if (d.contractId() != null) {
                builders.get(d.projectId()).contractDocument(d.contractId().toString(), d.type());
            }
        }
    }
}
