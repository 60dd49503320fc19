package org.egov.itpm.policy.rules;

/** FILING: the unit adjusts and files (备案); RE_APPROVAL: the change goes back to the approving authority. */
public enum ChangeOutcome { FILING, RE_APPROVAL }
