package org.egov.itpm.policy.pack;

/** What a rule parameter measures, so that clients can render and compare it without parsing prose. */
public enum ParameterKind {
    /** an amount in CNY, canonical plain decimal ("5000000") */ AMOUNT,
    /** a percentage, canonical plain decimal ("15" for 15%) */ PERCENT,
    /** working days (节假日 and weekends skipped) */ WORKING_DAYS,
    /** calendar months */ MONTHS,
    /** calendar years */ YEARS,
    /** a count (e.g. experts on a panel) */ COUNT,
    /** a day of the year, ISO "--MM-DD" */ DAY_OF_YEAR,
    /** a lifecycle stage constant */ STAGE,
    /** one constant of a vocabulary (document type, clause, attestation …) */ CODE,
    /** several constants; see {@code values} */ LIST,
    /** true or false */ BOOLEAN,
    /** free text (a platform's name) */ TEXT
}
