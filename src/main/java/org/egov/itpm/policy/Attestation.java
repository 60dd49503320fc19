package org.egov.itpm.policy;

/** Facts about a project that an authority confirms; packs refuse funding or approval without them. */
public enum Attestation {
    /** 按要求共享数据资源 */ DATA_SHARED,
    /** 无重复采集数据 */ NO_DUPLICATE_COLLECTION,
    /** 已纳入政务信息系统总目录 */ IN_SYSTEM_CATALOGUE,
    /** 符合密码应用和网络安全要求 */ SECURITY_COMPLIANT,
    /** 不存在重大安全隐患 */ NO_MAJOR_SECURITY_RISK,
    /** 应整合的系统已整合 */ INTEGRATED,
    /** 使用全市统一政务信息基础设施 */ USES_UNIFIED_INFRASTRUCTURE,
    /** 绩效评价结果良好 */ GOOD_PERFORMANCE_EVALUATION,
    /** 依托政务外网和政务云承载 */ ON_GOVERNMENT_CLOUD,
    /** 采用信创软硬件产品 */ XINCHUANG_PRODUCTS,
    /** 竣工验收前数据共享及密码应用确认已通过 */ ACCEPTANCE_CONFIRMATIONS_PASSED,
    /** 符合数字政府建设总体要求 */ MEETS_DIGITAL_GOVERNMENT_PLAN,
    /** 需求明确、技术先进、功能实用、安全可靠 */ CLEAR_NEEDS_AND_SOUND_DESIGN,
    /** 符合数据共享、业务协同和集约建设要求 */ MEETS_SHARING_AND_INTENSIVE_BUILD,
    /** 符合国家有关规定，简化报批文件和审批程序（包头 art.11 第二款） */ SIMPLIFIED_PROCEDURE,
    /** 报批材料已对软硬件产品的安全可靠情况进行说明（尖山 item 12、巫山 art.16、曲阜 art.7、江西 art.15） */
    SECURE_RELIABLE_STATEMENT,
    /** 申报材料基本情况完整（江西 art.15(一)） */ BASIC_INFORMATION_COMPLETE,
    /** 技术方案含集约化建设内容（江西 art.15(二)） */ PLAN_INTENSIVE_BUILD_CHAPTER,
    /** 技术方案含数据资源共享分析（江西 art.15(二)） */ PLAN_DATA_SHARING_CHAPTER,
    /** 技术方案含系统及数据安全防护、等级保护内容（江西 art.15(二)） */ PLAN_SECURITY_PROTECTION_CHAPTER,
    /** 技术方案含密码应用内容（江西 art.15(二)） */ PLAN_CRYPTO_CHAPTER,
    /** 国家有关部委、省有关厅局组织地方建设的项目（曲阜 art.19） */ ORGANISED_BY_STATE_OR_PROVINCE,
    /** 初步设计方案以独立章节说明超出可研批复的调整内容及理由（尖山 item 8） */ ADJUSTMENTS_CHAPTER
}
