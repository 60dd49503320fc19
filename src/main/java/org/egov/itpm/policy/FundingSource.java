package org.egov.itpm.policy;

/** 财政 / 专项债 / 上级专项 / 自筹 / 企业无偿提供. */
public enum FundingSource { FISCAL, SPECIAL_BOND, SUPERIOR_SPECIAL_FUND, SELF_RAISED, ENTERPRISE_FREE }
