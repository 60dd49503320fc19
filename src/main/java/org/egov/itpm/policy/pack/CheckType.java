package org.egov.itpm.policy.pack;

/** Threshold and duty checks that raise findings; each names the parameters it reads. */
public enum CheckType {
    /** security budget at least {@code percent} of the total budget */ MIN_SECURITY_BUDGET_SHARE,
    /** every construction contract's warranty at least {@code months} */ MIN_WARRANTY_MONTHS,
    /** every construction contract's implementation period at most {@code months} */ MAX_IMPLEMENTATION_MONTHS,
    /** construction and service contracts carry the {@code value} clause */ CONTRACT_CLAUSE,
    /** signed construction and service contracts name one of the {@code values} (IpOwner) as the results' IP owner */ IP_OWNER,
    /** a supervision contract once the project reaches {@code fromStage} */ SUPERVISION_CONTRACT,
    /** the {@code value} attestation once the project reaches {@code fromStage} */ ATTESTATION,
    /** the responsibility letter filed once the project reaches {@code fromStage} */ RESPONSIBILITY_LETTER,
    /** preliminary acceptance no earlier than {@code months} of trial run */ TRIAL_RUN_MINIMUM,
    /** the {@code value} platform filing once the project reaches {@code fromStage}; {@code detail} names the platform */ PLATFORM_FILING,
    /** a surplus left by the final settlement (决算) returned; open until the return is recorded (issue #20) */ SURPLUS_RETURN,
    /** a delay report by the unit once the planned end date has passed with the project unfinished (issue #20) */ DELAY_REPORT,
    /** an annual investment plan entry only once the project has reached {@code fromStage} (a finding, and a refusal of the entry) */
    ANNUAL_PLAN_FROM_STAGE,
    /** a budget entry only for a year the project is in the annual investment plan, of the plan's amount (a refusal of the entry) */
    BUDGET_MATCHES_ANNUAL_PLAN,
    /** the {@code value} attestation once the {@code approval} amount exceeds the {@code above} approval amount */
    ATTESTATION_IF_ABOVE_APPROVAL
}
