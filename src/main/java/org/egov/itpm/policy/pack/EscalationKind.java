package org.egov.itpm.policy.pack;

/**
 * What an escalation measure (逾期不整改或者整改后仍不符合要求 → …) does, whatever a seed calls it. The service acts
 * on SUSPEND_FUNDING (no new plan or budget entries until lifted); the others are recorded decisions, the authority
 * carrying out SUSPEND_CONSTRUCTION and TERMINATE with the existing suspendProject / terminateProject operations.
 */
public enum EscalationKind {
    /** 通报批评 / 通报 */ NOTICE_OF_CRITICISM,
    /** 暂缓安排投资计划 / 暂缓安排建设计划或资金 */ SUSPEND_FUNDING,
    /** 暂停项目建设 */ SUSPEND_CONSTRUCTION,
    /** 终止项目（实施） */ TERMINATE
}
