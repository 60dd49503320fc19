package org.egov.itpm.acceptance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.egov.itpm.project.FactsContributor;

/**
 * Feeds acceptance to the policy: completion, application and extension dates, the date an extension runs to and a
 * rectification plan's due date with the re-application (acceptance deadlines, e.g. qufu-2024 art.35), and the
 * opinions the authorities gave here count as the documents packs ask for (pre-acceptance review opinion, archive
 * acceptance opinion, data-sharing and crypto confirmations, acceptance opinion). Both confirmations passed attest
 * ACCEPTANCE_CONFIRMATIONS_PASSED (Jiangxi art.30).
 */
@ApplicationScoped
public class AcceptanceFacts implements FactsContributor {

    @Inject
    AcceptanceService acceptance;

    @Override
    public void contribute(Map<UUID, ProjectFactsBuilder> builders) {
        acceptance.statesOf(builders.keySet()).forEach((projectId, state) -> {
            ProjectFactsBuilder b = builders.get(projectId);
            b.completedOn(state.completedOn()).acceptanceAppliedOn(state.appliedOn())
                    .acceptanceExtensionRequestedOn(state.extensionRequestedOn())
                    .acceptanceExtendedUntil(state.extendedUntil())
                    .rectificationDueOn(state.latest(AcceptanceStep.Kind.RECTIFICATION_PLAN).map(s -> s.dueOn).orElse(null))
                    .reappliedAfterRectificationOn(state.reappliedAfterRectificationOn());
            // an authority's opinion counts from its own date, so a move dated earlier cannot rest on it
            opinion(b, state, AcceptanceStep.Kind.PRE_ACCEPTANCE_REVIEW, DocumentType.PRE_ACCEPTANCE_REVIEW_OPINION);
            opinion(b, state, AcceptanceStep.Kind.ARCHIVE_ACCEPTANCE, DocumentType.ARCHIVE_ACCEPTANCE_OPINION);
            opinion(b, state, AcceptanceStep.Kind.DATA_SHARING_CONFIRMATION, DocumentType.DATA_SHARING_CONFIRMATION);
            opinion(b, state, AcceptanceStep.Kind.CRYPTO_CONFIRMATION, DocumentType.CRYPTO_CONFIRMATION);
            if (state.passed(AcceptanceStep.Kind.DATA_SHARING_CONFIRMATION) && state.passed(AcceptanceStep.Kind.CRYPTO_CONFIRMATION)) {
                b.attest(Attestation.ACCEPTANCE_CONFIRMATIONS_PASSED);
            }
            opinion(b, state, AcceptanceStep.Kind.FINAL_ACCEPTANCE, DocumentType.ACCEPTANCE_OPINION);
            if (state.latest(AcceptanceStep.Kind.RECTIFICATION_PLAN).isPresent()) b.documents(DocumentType.RECTIFICATION_PLAN);
            if (state.extensionRequestedOn() != null) b.documents(DocumentType.ACCEPTANCE_EXTENSION_REQUEST);
        });
    }

    private static void opinion(ProjectFactsBuilder b, AcceptanceState state, AcceptanceStep.Kind kind, DocumentType type) {
        state.latest(kind).filter(AcceptanceStep::passed).ifPresent(step -> b.documentOn(type, step.onDate));
    }
}
