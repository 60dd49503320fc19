package org.egov.itpm.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.Ids;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.security.Roles;

/** Engagements of experts, supervisors, evaluators and participating units (issue #15). */
@GraphQLApi
public class EngagementGraphQLApi {

    @Inject
    EngagementService engagements;
    @Inject
    BusinessClock clock;

    @Mutation("recordEngagement")
    @Description("Record a SUPERVISION or EVALUATION engagement of a person or organisation on the project for a legal"
            + " period. Refusals: ENGAGEMENT_NOT_ALLOWED_FOR_ROLE, ENGAGEMENT_KIND_DERIVED, ENGAGEMENT_SUBJECT_REQUIRED,"
            + " UNKNOWN_PERSON, UNKNOWN_ORGANISATION, ENGAGEMENT_OUTSIDE_PROJECT_DATES, DATE_IN_FUTURE,"
            + " ENGAGEMENT_DUPLICATE (an overlapping one exists), TOO_LONG.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER})
    public EngagementView recordEngagement(@Id @NonNull String projectId, @NonNull EngagementInput input) {
        Engagement e = engagements.record(Ids.parse("projectId", projectId), input);
        return EngagementView.of(e, null, clock.today());
    }

    @Mutation("endEngagement")
    @Description("End a recorded engagement on the legal date `on` (default today), inclusive: from the next day the"
            + " person or organisation reads the project's history but writes nothing (ENGAGEMENT_ENDED).")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER})
    public EngagementView endEngagement(@Id @NonNull String id, LocalDate on) {
        return EngagementView.of(engagements.end(Ids.parse("id", id), on), null, clock.today());
    }

    @Query("engagements")
    @Description("Every engagement on the project: recorded ones and those derived from review panels (PANEL_SEAT),"
            + " signed SUPERVISION / EVALUATION contracts and participants (PARTICIPATION), oldest first.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public List<EngagementView> engagements(@Id @NonNull String projectId) {
        return engagements.ofProject(Ids.parse("projectId", projectId));
    }

    @Query("myEngagements")
    @Description("The caller's own engagements as expert, supervisor or evaluator (exactly the projects it sees),"
            + " newest first by validFrom: at most `first` (1-500); `period` keeps those NOT_STARTED, ACTIVE or ENDED"
            + " today (Asia/Shanghai).")
    @RolesAllowed({Roles.EXPERT, Roles.SUPERVISOR, Roles.EVALUATOR})
    public List<EngagementView> myEngagements(EngagementPeriod period, @DefaultValue("100") Integer first) {
        int size = first == null ? 100 : first; // an explicit null asks for the default
        if (size < 1 || size > 500) {
            throw InvalidInputException.of("first", "INVALID_PAGE_SIZE", "must be between 1 and 500", "须在1至500之间");
        }
        return engagements.mine(period, size);
    }
}
