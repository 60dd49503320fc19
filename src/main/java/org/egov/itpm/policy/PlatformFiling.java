package org.egov.itpm.policy;

/** What a project unit files on a provincial or municipal project platform. */
public enum PlatformFiling {
    /** 项目入库 / 报批登记 */ PROJECT_REGISTERED,
    /** 实施进展 */ PROGRESS,
    /** 建设主体责任书 */ RESPONSIBILITY_LETTER,
    /** 采购合同 */ CONTRACT,
    /** 变更情况 */ CHANGE,
    /** 验收意见 */ ACCEPTANCE
}
