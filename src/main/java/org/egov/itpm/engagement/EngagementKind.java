package org.egov.itpm.engagement;

/** Why a person or organisation works on a project (issue #15). */
public enum EngagementKind {
    /** A seat on a review round's panel (derived from the round; role expert). */
    PANEL_SEAT,
    /** 监理: a SUPERVISION contract with the organisation, or a recorded engagement (role supervisor). */
    SUPERVISION,
    /** Third-party evaluation: an EVALUATION contract, or a recorded engagement (role evaluator). */
    EVALUATION,
    /** Another unit taking part (参建单位; derived from the project's participants; unit roles). */
    PARTICIPATION
}
