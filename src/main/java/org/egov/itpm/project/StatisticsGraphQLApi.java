package org.egov.itpm.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.egov.itpm.security.Roles;

/** Counts and investment totals of the projects in your scope, by stage, region, organisation and year. */
@GraphQLApi
public class StatisticsGraphQLApi {

    @Inject
    StatisticsService statistics;

    @Query("statistics")
    @Description("Counts and estimated-investment totals (CNY) of the projects in your scope matching the filter.")
    @RolesAllowed({Roles.UNIT_STAFF, Roles.UNIT_LEAD, Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER, Roles.EXPERT,
            Roles.SUPERVISOR, Roles.EVALUATOR, Roles.ADMIN})
    public Statistics statistics(ProjectFilter filter) {
        return new Statistics(filter);
    }

    @Description("All matching projects together.")
    public Bucket total(@Source Statistics s) {
        return statistics.total(s.filter());
    }

    @Description("By stage.")
    public List<Bucket> byStage(@Source Statistics s) {
        return statistics.grouped(s.filter(), "p.stage");
    }

    @Description("By GB/T 2260 region code of the project.")
    public List<Bucket> byRegion(@Source Statistics s) {
        return statistics.grouped(s.filter(), "p.regionCode");
    }

    @Description("By owning organisation (its credit code).")
    public List<Bucket> byOrganisation(@Source Statistics s) {
        return statistics.byOrganisation(s.filter());
    }

    @Description("By plan year.")
    public List<Bucket> byYear(@Source Statistics s) {
        return statistics.grouped(s.filter(), "p.planYear");
    }

    /** The statistics of one filter; each breakdown is computed only when asked for. */
    @Name("Statistics")
    public record Statistics(@org.eclipse.microprofile.graphql.Ignore ProjectFilter filter) {
    }

    /** One group: its key, how many projects and their estimated investment. */
    @Name("StatisticsBucket")
    @Description("A group of projects: key (stage, region code, credit code or year), count and investment total.")
    public record Bucket(String key, long count, BigDecimal investment) {
    }
}
