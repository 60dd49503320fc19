package org.egov.itpm.policy.facts;

import java.time.LocalDate;

/** A change request (调整申请) of the project that awaits re-approval by the authority: its number and request day. */
public record PendingReApproval(int seq, LocalDate requestedOn) {}
