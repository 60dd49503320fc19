package org.egov.itpm.project;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.policy.Stage;

/** One entry of the append-only stage history. */
@Name("StageTransition")
@Description("One entry of a project's append-only stage history: who, when, why and on which documents.")
public record StageTransitionView(@Id UUID id, int seq, Stage from, Stage to, String actor, Instant at,
                                  String reason, List<UUID> documentIds) {

    static StageTransitionView of(StageTransition t) {
        return new StageTransitionView(t.id, t.seq, t.fromStage, t.toStage, t.actor, t.at, t.reason,
                List.copyOf(t.documentIds));
    }
}
