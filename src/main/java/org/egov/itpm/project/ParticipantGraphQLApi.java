package org.egov.itpm.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.RequestBatch;
import org.egov.itpm.security.Roles;

/** Participating organisations, their approval and rights (issue #15 item 3). */
@GraphQLApi
public class ParticipantGraphQLApi {

    @Inject
    ProjectParticipants participants;
    @Inject
    RequestBatch batch;

    @Mutation("setParticipant")
    @Description("The project's own unit adds a participating organisation or changes its rights (default"
            + " CONTRIBUTE_DOCUMENTS). One of the project's jurisdiction (the bound pack's region, before 申报 the"
            + " project's region) is APPROVED at once; one from outside is PENDING and has no access until"
            + " approveParticipant. Refusals: NOT_PROJECT_OWNER, UNKNOWN_ORGANISATION, PARTICIPANT_IS_OWNER.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD})
    public ParticipantView setParticipant(@Id @NonNull String projectId, @Id @NonNull String organisationId,
                                          ParticipantRights rights) {
        return ParticipantView.of(participants.set(Ids.parse("projectId", projectId),
                Ids.parse("organisationId", organisationId), rights));
    }

    @Mutation("approveParticipant")
    @Description("An authority of the project's jurisdiction approves a PENDING participant. Anyone else, the unit"
            + " included, is refused PARTICIPANT_OUTSIDE_JURISDICTION.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER})
    public ParticipantView approveParticipant(@Id @NonNull String projectId, @Id @NonNull String organisationId) {
        return ParticipantView.of(participants.approve(Ids.parse("projectId", projectId),
                Ids.parse("organisationId", organisationId)));
    }

    @Description("Participating organisations with status and rights, pending ones included.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<List<ParticipantView>> participantEntries(@Source List<ProjectView> list) {
        Map<UUID, List<ProjectParticipant>> byProject = batch.load("project", "participantEntries",
                list.stream().map(ProjectView::id).toList(), List.of(), participants::allOf);
        return list.stream().map(p -> byProject.getOrDefault(p.id(), List.of()).stream().map(ParticipantView::of)
                .toList()).toList();
    }
}
