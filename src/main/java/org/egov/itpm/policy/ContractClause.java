package org.egov.itpm.policy;

/** Clauses that packs require in a project contract. */
public enum ContractClause {
    /** 成果知识产权归属 */ IP_OWNERSHIP,
    /** 数据及衍生数据归属 */ DATA_OWNERSHIP,
    /** 技术信息和资料的保密 */ CONFIDENTIALITY,
    /** 验收标准和方法 */ ACCEPTANCE_CRITERIA,
    /** 违反知识产权条款的责任 */ IP_BREACH_LIABILITY
}
