package org.egov.itpm.policy.pack;

/** Whether a pack lets a unit adjust approved content by filing (备案). */
public enum ChangeMode {
    /** filing when every limit holds, else re-approval */ FILING_WITHIN_LIMITS,
    /** a major change needs re-approval; other changes are recorded */ MAJOR_CHANGE_REAPPROVAL,
    /** the pack has no simplified route: every content change goes back for approval */ NO_FILING_ROUTE
}
