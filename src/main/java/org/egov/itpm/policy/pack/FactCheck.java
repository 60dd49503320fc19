package org.egov.itpm.policy.pack;

/** The names of the facts a gate can require, as in the pack JSON; {@link Fact} carries their parameters. */
public enum FactCheck {
    /** entered the project library / plan list (入库) */ LIBRARY_ENTRY,
    /** 立项: approved (qufu-2024 art.18 puts every approved project into the library) */ APPROVED,
    /** listed in the annual plan (年度计划) */ ANNUAL_PLAN,
    /** 项目建设主体责任书 signed and filed */ RESPONSIBILITY_LETTER_FILED,
    /** a supervision (监理) contract is signed */ SUPERVISION_CONTRACT,
    /** a construction contract is signed */ CONSTRUCTION_CONTRACT,
    /** the trial run has lasted at least {@code months} ({@link Fact.TrialRunLasted}) */ TRIAL_RUN_MONTHS,
    /** progress filed on the project platform */ PROGRESS_FILED,
    /** the preliminary (self-organised) acceptance has passed */ PRELIMINARY_ACCEPTANCE_PASSED
}
