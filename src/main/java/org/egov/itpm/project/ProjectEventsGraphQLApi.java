package org.egov.itpm.project;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.egov.itpm.common.Ids;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.security.Roles;

/**
 * Live project events over graphql-transport-ws. Every replica's subscribers see the changes made through any
 * replica: changes are announced with PostgreSQL NOTIFY when they commit and each replica's
 * {@link ProjectEventListener} emits them here (docs/adr/0008-replicas-and-notifications.md).
 */
@GraphQLApi
@ApplicationScoped
public class ProjectEventsGraphQLApi {

    @Inject
    ProjectService projects;
    @Inject
    ProjectEventListener listener;

    @Subscription("projectEvents")
    @Description("Changes to one project as they happen (stage moves, reviews, approvals, documents …)."
            + " Authenticate with the connection_init payload {\"Authorization\": \"Bearer <token>\"}.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public Multi<ProjectEvent> projectEvents(@Id @NonNull String projectId) {
        // The scope check reads the database, which must not happen on the WebSocket's I/O thread. It runs in its own
        // transaction: without one, the session would belong to the subscription's request context and keep its
        // connection for as long as the subscription is open (issue #14: open subscriptions emptied the pool).
        return Multi.createFrom().<ProjectEvent>deferred(() -> {
            UUID id = QuarkusTransaction.requiringNew().call(() -> projects.get(Ids.parse("projectId", projectId)).id);
            return listener.events().filter(e -> e.projectId() == null || e.projectId().equals(id))
                    .map(e -> e.projectId() == null ? new ProjectEvent(id, e.type(), null, null, null, e.at()) : e);
        }).runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool());
    }

    /** One change to a project. */
    @Name("ProjectEvent")
    @Description("A change to a project: what happened (STAGE, REVIEW_CONCLUDED, APPROVAL, DOCUMENT …), the stage"
            + " before and after, who did it and when. RESYNC (no stage, no actor): the service lost its feed of"
            + " changes for a moment and has it back; changes in between were not sent, so reload the project.")
    public record ProjectEvent(@Id UUID projectId, String type, Stage from, Stage to, String actor, Instant at) {

        static final String RESYNC = "RESYNC";

        /** For every subscriber (no project): the feed was interrupted at some point before {@code at}. */
        static ProjectEvent resync(Instant at) {
            return new ProjectEvent(null, RESYNC, null, null, null, at);
        }
    }
}
