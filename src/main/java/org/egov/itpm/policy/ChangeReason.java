package org.egov.itpm.policy;

/** Why a project unit adjusts approved content; three reasons allow a change by filing. */
public enum ChangeReason {
    /** 根据党中央、国务院及上级要求确需改变建设内容 */ HIGHER_LEVEL_REQUIREMENT,
    /** 确需对原项目技术方案进行完善优化 */ TECHNICAL_OPTIMISATION,
    /** 业务发展需要，在已批复建设规划框架下调整内容及进度 */ BUSINESS_NEED_WITHIN_PLAN,
    /** 其他原因 */ OTHER
}
