package org.egov.itpm.policy.facts;

import java.time.LocalDate;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.pack.Citation;

/**
 * An order to rectify (限期整改) or a finding an oversight role raised by hand, as the rules need it.
 * {@code dueOn} is null for a manual finding without a time limit; {@code reportedOn} is the date of the unit's
 * standing rectification report (awaiting decision or accepted; a rejected report no longer counts);
 * {@code closed} once the authority accepted the rectification.
 */
public record OversightOrder(String id, boolean manualFinding, Severity severity, Citation cite, String text,
                             String raisedBy, LocalDate issuedOn, LocalDate dueOn, LocalDate reportedOn,
                             boolean closed) {
}
