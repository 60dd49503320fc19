package org.egov.itpm.calendar;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;

/** One holiday year in use: shipped in the jar or uploaded (its newest revision). */
@Description("A holiday year the calendar uses: BUILT_IN (shipped holiday-cn file) or UPLOADED by an administrator"
        + " (its newest revision wins over a built-in file).")
public record HolidayYearInfo(int year, Source source, Integer revision, Instant uploadedAt, String uploadedBy,
                              String reason) {

    /** Where a year's data comes from. */
    @org.eclipse.microprofile.graphql.Name("HolidayYearSource")
    public enum Source { BUILT_IN, UPLOADED }
}
