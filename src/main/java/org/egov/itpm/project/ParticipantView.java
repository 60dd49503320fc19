package org.egov.itpm.project;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** A participating organisation with its status and rights. */
@Name("Participant")
@Description("A participating organisation (参建单位): PENDING (outside the project's jurisdiction, no access until an"
        + " authority of the jurisdiction approves it) or APPROVED, with explicit rights READ, CONTRIBUTE_DOCUMENTS or"
        + " EDIT.")
public record ParticipantView(@Id UUID projectId, @Id UUID organisationId, ParticipantStatus status,
                              ParticipantRights rights, String addedBy, Instant addedAt, String approvedBy,
                              Instant approvedAt) {

    static ParticipantView of(ProjectParticipant pp) {
        return new ParticipantView(pp.projectId, pp.organisationId, pp.status, pp.rights, pp.addedBy, pp.addedAt,
                pp.approvedBy, pp.approvedAt);
    }
}
