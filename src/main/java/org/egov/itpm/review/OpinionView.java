package org.egov.itpm.review;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** A signed expert opinion. */
@Name("ExpertOpinion")
@Description("An expert's signed opinion in one review round.")
public record OpinionView(@Id UUID id, UUID reviewId, String expert, String expertName, OpinionConclusion conclusion,
                          String text, Instant signedAt) {

    static OpinionView of(ExpertOpinion o) {
        return new OpinionView(o.id, o.reviewId, o.expert, o.expertName, o.conclusion, o.text, o.signedAt);
    }
}
