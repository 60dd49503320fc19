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
            if (state.passed(AcceptanceStep.Kind.PRE_ACCEPTANCE_REVIEW)) b.documents(DocumentType.PRE_ACCEPTANCE_REVIEW_OPINION);
            if (state.passed(AcceptanceStep.Kind.ARCHIVE_ACCEPTANCE)) b.documents(DocumentType.ARCHIVE_ACCEPTANCE_OPINION);
            if (state.passed(AcceptanceStep.Kind.DATA_SHARING_CONFIRMATION)) b.documents(DocumentType.DATA_SHARING_CONFIRMATION);
            if (state.passed(AcceptanceStep.Kind.CRYPTO_CONFIRMATION)) b.documents(DocumentType.CRYPTO_CONFIRMATION);
            if (state.passed(AcceptanceStep.Kind.DATA_SHARING_CONFIRMATION) && state.passed(AcceptanceStep.Kind.CRYPTO_CONFIRMATION)) {
                b.attest(Attestation.ACCEPTANCE_CONFIRMATIONS_PASSED);
            }
            if (state.passed(AcceptanceStep.Kind.FINAL_ACCEPTANCE)) b.documents(DocumentType.ACCEPTANCE_OPINION);
            if (state.latest(AcceptanceStep.Kind.RECTIFICATION_PLAN).isPresent()) b.documents(DocumentType.RECTIFICATION_PLAN);
            if (state.extensionRequestedOn() != null) b.documents(DocumentType.ACCEPTANCE_EXTENSION_REQUEST);
        });
    }
}
