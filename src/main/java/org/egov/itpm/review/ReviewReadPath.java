package org.egov.itpm.review;

import static java.util.Map.entry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.egov.itpm.common.readpath.Column;
import org.egov.itpm.common.readpath.ReadPathContribution;
import org.egov.itpm.common.readpath.Relation;

/** Review rounds and signed opinions of a project for the compiled read path (ADR 0016): the same rows, order and rules as the resolver. */
@ApplicationScoped
public class ReviewReadPath implements ReadPathContribution {

    @Override
    public List<Relation> relations() {
        return List.of(
                Relation.list("Project", "reviews", "Review", "review", "project_id", List.of("opened_at", "round", "id"),
                        Map.ofEntries(entry("id", Column.text("id")), entry("projectId", Column.text("project_id")),
                                entry("type", Column.text("type")), entry("round", Column.literal("round")),
                                entry("status", Column.text("status")), entry("openedBy", Column.text("opened_by")),
                                entry("openedAt", Column.instant("opened_at")),
                                entry("concludedBy", Column.text("concluded_by")),
                                entry("concludedAt", Column.instant("concluded_at")),
                                entry("concludedOn", Column.date("concluded_on")),
                                entry("conclusion", Column.text("conclusion")),
                                entry("previousReviewId", Column.text("previous_review_id")),
                                entry("changeRequestId", Column.text("change_request_id"))),
                        ReviewGraphQLApi.class, "reviews"),
                Relation.list("Review", "opinions", "ExpertOpinion", "expert_opinion", "review_id",
                        List.of("signed_at", "id"),
                        Map.ofEntries(entry("id", Column.text("id")), entry("reviewId", Column.text("review_id")),
                                entry("expert", Column.text("expert")), entry("expertName", Column.text("expert_name")),
                                entry("conclusion", Column.text("conclusion")), entry("text", Column.text("text")),
                                entry("signedAt", Column.instant("signed_at")),
                                entry("signedOn", Column.date("signed_on"))),
                        ReviewGraphQLApi.class, "opinions"));
    }
}
