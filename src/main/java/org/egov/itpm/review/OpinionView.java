package org.egov.itpm.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** A signed expert opinion. */
@Name("ExpertOpinion")
@Description("An expert's signed opinion in one review round.")
public record OpinionView(@Id UUID id, UUID reviewId, String expert, String expertName, OpinionConclusion conclusion,
                          String text, @Description("When the opinion was entered (audit).") Instant signedAt,
                          @Description("The legal date of the signature, as on the signed opinion.") LocalDate signedOn) {

    static OpinionView of(ExpertOpinion o) {
        return new OpinionView(o.id, o.reviewId, o.expert, o.expertName, o.conclusion, o.text, o.signedAt,
                o.signedOn);
    }
}
