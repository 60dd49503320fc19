package org.egov.itpm.policy.rules;

import org.egov.itpm.policy.pack.Citation;

/**
 * Why something is refused or still open. {@code code} is stable (REVIEW_MISSING, APPROVAL_MISSING, ...);
 * {@code ruleCode} names the pack rule; {@code cite} is null only for lifecycle rules that no regulation sets.
 */
public record Reason(String code, String ruleCode, Citation cite, String messageEn, String messageZh) {}
