package org.egov.itpm.project;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** One correction of a legal date: the value before, the value after, why, who and when. */
@Name("ActDateCorrection")
@Description("A corrected legal date: the value before (from) and after (to), the reason, who and when (audit time).")
public record ActDateCorrectionView(LocalDate from, LocalDate to, String reason, String actor, Instant at) {

    static ActDateCorrectionView of(ActDateCorrection c) {
        return new ActDateCorrectionView(c.fromDate, c.toDate, c.reason, c.actor, c.at);
    }
}
