package org.egov.itpm.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.policy.Stage;

/** One entry of the append-only stage history. */
@Name("StageTransition")
@Description("One entry of a project's append-only stage history: the legal date of the act (effectiveOn), who"
        + " recorded it and when (at, audit time only), why and on which documents.")
public record StageTransitionView(@Id UUID id, int seq, Stage from, Stage to, String actor,
                                  @Description("When the move was recorded in this system (audit time; no rule reads"
                                          + " it).") Instant at,
                                  @Description("The legal date of the act (the 批复, the 开工, the 验收 conclusion);"
                                          + " deadlines and order checks count from it.") LocalDate effectiveOn,
                                  String reason, List<UUID> documentIds) {

    static StageTransitionView of(StageTransition t) {
        return new StageTransitionView(t.id, t.seq, t.fromStage, t.toStage, t.actor, t.at, t.effectiveOn, t.reason,
                List.copyOf(t.documentIds));
    }
}
