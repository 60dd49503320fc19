package org.egov.itpm.policy;

/** Kinds of review a project goes through before approval, and the review of a change before its re-approval. */
public enum ReviewType {
    /** 需求评审 */ DEMAND_REVIEW,
    /** 技术评审 */ TECHNICAL_REVIEW,
    /** 专家论证评估 */ EXPERT_ARGUMENTATION,
    /** 联合会审 */ JOINT_REVIEW,
    /** 第三方评估 */ THIRD_PARTY_ASSESSMENT,
    /** 调整评审: the expert review of one change request before its re-approval (linked to the change) */ CHANGE_REVIEW
}
