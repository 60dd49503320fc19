package org.egov.itpm.policy.pack;

/** What a requirement asks for; its values name constants of the matching vocabulary enum. */
public enum RequirementKind {
    /** a passed {@link org.egov.itpm.policy.ReviewType} */ REVIEW,
    /** an {@link org.egov.itpm.policy.ApprovalKind} on record */ APPROVAL,
    /** a {@link org.egov.itpm.policy.DocumentType} present */ DOCUMENT,
    /** an {@link org.egov.itpm.policy.Attestation} confirmed */ ATTESTATION,
    /** no {@link org.egov.itpm.policy.ExclusionGround} applies */ EXCLUSION,
    /** a {@link FactCheck} holds */ FACT,
    /** every contract has a {@link org.egov.itpm.policy.DocumentType} linked to it (e.g. Qufu art.34) */ CONTRACT_DOCUMENT
}
