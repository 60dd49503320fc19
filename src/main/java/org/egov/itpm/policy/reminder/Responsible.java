package org.egov.itpm.policy.reminder;

/** Who must act on a deadline: the project's unit (建设单位) or the supervising authority (主管部门). */
public enum Responsible { UNIT, AUTHORITY }
