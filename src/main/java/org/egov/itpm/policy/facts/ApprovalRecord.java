package org.egov.itpm.policy.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.egov.itpm.policy.ApprovalKind;

/** An approval document on record; amount is the approved CNY figure where the document states one. */
public record ApprovalRecord(ApprovalKind kind, LocalDate issuedOn, BigDecimal amount) {}
