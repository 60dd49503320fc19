package org.egov.itpm.compliance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.egov.itpm.security.Roles;

/** Dry-run change decisions. */
@GraphQLApi
public class ChangeGraphQLApi {

    @Inject
    ChangeEvaluation changes;

    @Query("evaluateChange")
    @Description("Dry run: would this change be allowed as a filing (备案) or need re-approval? Shows the arithmetic"
            + " (e.g. Baotou art.21: max(added, removed) / estimate ≤ 15%, new content ≤ 5% and ≤ 2,000,000,"
            + " tender savings excluded). Nothing is stored.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SUPERVISOR, Roles.ADMIN})
    public ChangeDecisionView evaluateChange(@NonNull ChangeInput input) {
        return ChangeDecisionView.of(changes.evaluate(input));
    }
}
