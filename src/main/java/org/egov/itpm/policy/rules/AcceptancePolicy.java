package org.egov.itpm.policy.rules;

import java.util.List;
import java.util.stream.Stream;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.Requirement;
import org.egov.itpm.policy.pack.RequirementKind;

/**
 * The acceptance application's document list: fixed documents (e.g. Jiangxi art.30) and documents per contract
 * (Qufu art.34: one line per registered contract).
 */
public final class AcceptancePolicy {

    private AcceptancePolicy() {
    }

    public static List<ChecklistItem> checklist(Pack pack, ProjectFacts facts) {
        return pack.acceptanceDocuments().stream()
                .filter(r -> RequirementEvaluator.applies(r, facts))
                .flatMap(r -> r.kind() == RequirementKind.CONTRACT_DOCUMENT ? perContract(r, facts)
                        : r.anyOf().stream().map(d -> item(r, DocumentType.valueOf(d), facts)))
                .toList();
    }

    /** Every applicable acceptance document the project lacks, cited. */
    public static List<Reason> missingDocuments(Pack pack, ProjectFacts facts) {
        return pack.acceptanceDocuments().stream()
                .flatMap(r -> RequirementEvaluator.unmetAll(r, facts, null).stream())
                .toList();
    }

    private static ChecklistItem item(Requirement r, DocumentType document, ProjectFacts facts) {
        return new ChecklistItem(document, facts.documents().contains(document), r.cite(), null, null);
    }

    /** One line per contract and document (Qufu art.34: acceptance confirms each contract's performance). */
    private static Stream<ChecklistItem> perContract(Requirement r, ProjectFacts facts) {
        return facts.contracts().stream().flatMap(c -> r.anyOf().stream().map(d -> new ChecklistItem(
                DocumentType.valueOf(d), RequirementEvaluator.hasDocument(c, d), r.cite(), c.id(), c.title())));
    }
}
