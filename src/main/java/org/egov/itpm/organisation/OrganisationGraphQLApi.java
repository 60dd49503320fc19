package org.egov.itpm.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.egov.itpm.security.Roles;

/** Reference data: organisations and regions, readable by every signed-in person. */
@GraphQLApi
@RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
        Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
        Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
public class OrganisationGraphQLApi {

    @Inject
    OrganisationService organisations;

    @Query("organisations")
    @Description("Every registered organisation (reference data for pickers such as 参建部门).")
    public List<OrganisationView> organisations() {
        return organisations.all().stream().map(OrganisationView::of).toList();
    }

    @Query("regions")
    @Description("GB/T 2260 regions known to the service, with their parents.")
    public List<RegionView> regions() {
        return organisations.regions().stream().map(RegionView::of).toList();
    }

    /** A region as clients see it. */
    @Name("Region")
    @Description("A GB/T 2260 administrative region (jurisdiction).")
    public record RegionView(String code, String name, String parentCode, String level) {
        static RegionView of(Region r) {
            return new RegionView(r.code, r.name, r.parentCode, r.level);
        }
    }
}
