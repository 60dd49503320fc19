package org.egov.itpm.policy.rules;

import java.util.List;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.Requirement;

/** The acceptance application's document list (packs without a list, like Qufu's "per contract", have none). */
public final class AcceptancePolicy {

    private AcceptancePolicy() {
    }

    public static List<ChecklistItem> checklist(Pack pack, ProjectFacts facts) {
        return pack.acceptanceDocuments().stream()
                .filter(r -> RequirementEvaluator.applies(r, facts))
                .flatMap(r -> r.anyOf().stream().map(d -> item(r, DocumentType.valueOf(d), facts)))
                .toList();
    }

    /** Every applicable acceptance document the project lacks, cited. */
    public static List<Reason> missingDocuments(Pack pack, ProjectFacts facts) {
        return pack.acceptanceDocuments().stream()
                .flatMap(r -> RequirementEvaluator.unmet(r, facts, null).stream())
                .toList();
    }

    private static ChecklistItem item(Requirement r, DocumentType document, ProjectFacts facts) {
        return new ChecklistItem(document, facts.documents().contains(document), r.cite());
    }
}
