package org.egov.itpm.calendar;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.egov.itpm.security.Roles;

/** The working-day calendar's holiday years: readable by administrators and oversight, uploaded by administrators. */
@GraphQLApi
public class CalendarGraphQLApi {

    @Inject
    HolidayCalendar calendar;

    @Query("calendarStatus")
    @Description("The holiday years the working-day calendar uses (built-in or uploaded) and, from 1 October, a"
            + " warning while next year's schedule is still missing.")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.NDRC_APPROVER, Roles.AUTHORITY_APPROVER})
    public CalendarStatus calendarStatus() {
        return calendar.status();
    }

    @Mutation("uploadHolidayYear")
    @Description("Administrator: add a year's holidays and make-up working days the day the State Council publishes"
            + " them (holiday-cn JSON as in src/main/resources/holidays; docs/policy-packs.md \"Holiday years\"). It is"
            + " validated (the year uploaded, every date in it and once, make-up days on weekends; every problem with"
            + " its path); a year that exists is replaced only with replace: true and a reason. Deadlines and findings"
            + " of open projects are recomputed at once.")
    @RolesAllowed(Roles.ADMIN)
    public CalendarStatus uploadHolidayYear(int year, @NonNull @Size(max = TextLimits.DEFINITION) String definition,
                                            @DefaultValue("false") Boolean replace, @Size(max = TextLimits.REASON) String reason) {
        return calendar.upload(year, definition, Boolean.TRUE.equals(replace), reason);
    }
}
