package org.egov.itpm.pack;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import org.egov.itpm.common.BusinessClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.egov.itpm.security.Roles;

/** Policy packs: readable by every role, uploaded by administrators. */
@GraphQLApi
public class PackGraphQLApi {

    @Inject
    PackRegistry packs;
    @Inject
    BusinessClock clock;

    @Query("policyPacks")
    @Description("Every policy pack version (built-in and uploaded) with its window, standing today and cited rules.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.PLATFORM, Roles.ADMIN})
    public List<PolicyPackView> policyPacks() {
        var today = clock.today();
        return packs.catalog().packs().stream()
                .sorted(Comparator.comparing((org.egov.itpm.policy.pack.Pack p) -> p.id()).thenComparing(p -> p.version()))
                .map(p -> PolicyPackView.of(p, today)).toList();
    }

    @Mutation("uploadPolicyPack")
    @Description("Administrator: upload a new pack version (the pack JSON, docs/policy-packs.md). It is validated"
            + " (every problem listed with its path) and takes effect from its effectiveFrom date without a redeploy.")
    @RolesAllowed(Roles.ADMIN)
    public PolicyPackView uploadPolicyPack(@NonNull @Size(max = TextLimits.DEFINITION) String definition) {
        return PolicyPackView.of(packs.upload(definition), clock.today());
    }
}
