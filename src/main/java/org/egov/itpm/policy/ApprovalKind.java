package org.egov.itpm.policy;

/** Kinds of approval document (批复). */
public enum ApprovalKind {
    /** 项目建议书 */ PROJECT_PROPOSAL,
    /** 可行性研究报告 FSR */ FEASIBILITY_STUDY,
    /** 初步设计 */ PRELIMINARY_DESIGN,
    /** 概算 */ BUDGET_ESTIMATE,
    /** 政府审定 */ GOVERNMENT_ENDORSEMENT,
    /** 备案 */ FILING,
    /** 立项批复（不区分文本的审批，如曲阜统一立项、江西省发展改革委审批） */ PROJECT_APPROVAL,
    /** 调整批复: the re-approval of one change request (linked to the change; recorded by decideChange) */ CHANGE_APPROVAL
}
