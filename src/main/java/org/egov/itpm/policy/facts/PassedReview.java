package org.egov.itpm.policy.facts;

import java.time.LocalDate;
import org.egov.itpm.policy.ReviewType;

/** A review the project has passed and the day its conclusion was signed. */
public record PassedReview(ReviewType type, LocalDate concludedOn) {}
