package org.egov.itpm.policy.rules;

import static java.util.Map.entry;

import java.util.Locale;
import java.util.Map;

/** Chinese and English names of vocabulary constants, for messages. */
final class Labels {

    private static final Map<String, String> ZH = Map.ofEntries(
            entry("DEMAND_REVIEW", "需求评审"), entry("TECHNICAL_REVIEW", "技术评审"),
            entry("EXPERT_ARGUMENTATION", "专家论证评估"), entry("JOINT_REVIEW", "联合会审"),
            entry("THIRD_PARTY_ASSESSMENT", "第三方评估"),
            entry("PROJECT_PROPOSAL", "项目建议书"), entry("FEASIBILITY_STUDY", "可行性研究报告"),
            entry("PRELIMINARY_DESIGN", "初步设计"), entry("BUDGET_ESTIMATE", "概算"),
            entry("GOVERNMENT_ENDORSEMENT", "政府审定"), entry("FILING", "备案"), entry("PROJECT_APPROVAL", "立项批复"),
            entry("FEASIBILITY_STUDY_REPORT", "可行性研究报告"), entry("CONSTRUCTION_PLAN", "建设方案"),
            entry("CRYPTO_APPLICATION_PLAN", "密码应用方案"), entry("INFORMATION_RESOURCE_CATALOGUE", "信息资源目录"),
            entry("DATA_SHARING_CHAPTER", "信息资源共享分析篇（章）"), entry("COLLECTIVE_DECISION_RECORD", "党委（党组）集体决策记录"),
            entry("FRAMEWORK_PLAN", "跨部门框架方案"), entry("EXPERT_OPINION", "专家评审意见"),
            entry("THIRD_PARTY_ASSESSMENT_REPORT", "第三方评估报告"), entry("RESPONSIBILITY_LETTER", "项目建设主体责任书"),
            entry("CONTRACT", "合同"), entry("AWARD_NOTICE", "中标通知书"), entry("SUPERVISION_REPORT", "监理报告"),
            entry("CONTRACT_ACCEPTANCE_REPORT", "合同履约验收报告"),
            entry("PERFORMANCE_REPORT", "绩效评价报告"), entry("TRIAL_RUN_REPORT", "试运行报告"),
            entry("PROJECT_SUMMARY", "项目建设总结"), entry("FINANCIAL_REPORT", "财务报告"), entry("AUDIT_REPORT", "审计报告"),
            entry("SECURITY_ASSESSMENT_REPORT", "安全风险评估报告（等级保护测评报告）"),
            entry("SECURITY_FILING_CERTIFICATE", "网络安全等级保护备案情况"),
            entry("CRYPTO_ASSESSMENT_REPORT", "密码应用安全性评估报告"), entry("DATA_DICTIONARY", "数据字典"),
            entry("ARCHIVE_ACCEPTANCE_OPINION", "档案验收意见"), entry("ACCEPTANCE_OPINION", "验收意见"),
            entry("RECTIFICATION_PLAN", "整改方案"), entry("SELF_EVALUATION_REPORT", "自评价报告"), entry("OTHER", "其他"),
            entry("OM_IMPLEMENTATION_PLAN", "运维实施方案"), entry("DATA_SHARING_REPORT", "数据资源共享报告"),
            entry("DATA_SHARING_CONFIRMATION", "数据共享情况确认书"),
            entry("SECURE_RELIABLE_PRODUCTS_STATEMENT", "软硬件产品的安全可靠情况"),
            entry("THIRD_PARTY_TEST_REPORT", "第三方测评报告（功能和性能）"), entry("CONFIDENTIALITY_RISK_ASSESSMENT", "保密风险评估"),
            entry("CRYPTO_CONFIRMATION", "安全可靠及密码应用情况确认"), entry("PRE_ACCEPTANCE_REVIEW_OPINION", "竣工验收前置审核意见"),
            entry("ACCEPTANCE_EXTENSION_REQUEST", "延期验收申请"),
            entry("DATA_SHARED", "按要求共享数据资源"), entry("NO_DUPLICATE_COLLECTION", "无重复采集数据"),
            entry("IN_SYSTEM_CATALOGUE", "纳入政务信息系统总目录"), entry("SECURITY_COMPLIANT", "符合密码应用和网络安全要求"),
            entry("NO_MAJOR_SECURITY_RISK", "不存在重大安全隐患"), entry("INTEGRATED", "应整合系统已整合"),
            entry("USES_UNIFIED_INFRASTRUCTURE", "使用全市统一政务信息基础设施"),
            entry("GOOD_PERFORMANCE_EVALUATION", "绩效评价结果良好"), entry("ON_GOVERNMENT_CLOUD", "依托政务外网和政务云承载"),
            entry("XINCHUANG_PRODUCTS", "采用信创软硬件产品"), entry("ACCEPTANCE_CONFIRMATIONS_PASSED", "竣工验收前确认已通过"),
            entry("MEETS_DIGITAL_GOVERNMENT_PLAN", "符合数字政府建设总体要求"),
            entry("CLEAR_NEEDS_AND_SOUND_DESIGN", "需求明确、技术先进、功能实用和安全可靠"),
            entry("MEETS_SHARING_AND_INTENSIVE_BUILD", "符合数据共享、业务协同和集约建设要求"),
            entry("SECURE_RELIABLE_STATEMENT", "已说明软硬件产品的安全可靠情况"),
            entry("BASIC_INFORMATION_COMPLETE", "申报材料基本情况完整"),
            entry("PLAN_INTENSIVE_BUILD_CHAPTER", "技术方案含集约化建设内容"),
            entry("PLAN_DATA_SHARING_CHAPTER", "技术方案含数据资源共享分析"),
            entry("PLAN_SECURITY_PROTECTION_CHAPTER", "技术方案含系统及数据安全防护和等级保护内容"),
            entry("PLAN_CRYPTO_CHAPTER", "技术方案含密码应用内容"),
            entry("ORGANISED_BY_STATE_OR_PROVINCE", "国家部委或省厅局组织地方建设的项目"),
            entry("ADJUSTMENTS_CHAPTER", "初步设计方案以独立章节说明调整内容及理由"),
            entry("NEW_INFRASTRUCTURE", "新建机房、网络、云平台等基础设施"), entry("NO_SUPERVISOR_PERMISSION", "未获主管部门准许"),
            entry("NOT_ON_GOVERNMENT_CLOUD", "未部署或迁移到政务云"), entry("OUTDATED_SYSTEM", "系统与业务脱节或已停止更新"),
            entry("REPLACEABLE_BY_EXISTING", "功能可被已有项目替代"), entry("IDLE_SYSTEM", "在用系统长期空闲"),
            entry("UNCLEAR_NEEDS_OR_NO_SHARING", "需求不清、绩效目标不明或数据共享不到位"),
            entry("DEDICATED_LINE_LEASE", "单独租赁互联网出口或专网"), entry("NO_SECURE_RELIABLE_PRODUCTS", "不应用安全可靠产品"),
            entry("SECURITY_NONCOMPLIANT", "不符合密码应用或网络安全保密要求"),
            entry("PREDECESSOR_NOT_ACCEPTED", "原项目尚未竣工验收"),
            entry("LIBRARY_ENTRY", "纳入项目库"), entry("APPROVED", "立项"), entry("ANNUAL_PLAN", "纳入年度计划"),
            entry("RESPONSIBILITY_LETTER_FILED", "签署并备案项目建设主体责任书"), entry("SUPERVISION_CONTRACT", "签订监理合同"),
            entry("CONSTRUCTION_CONTRACT", "签订建设合同"), entry("TRIAL_RUN_MONTHS", "试运行"),
            entry("PRELIMINARY_ACCEPTANCE_PASSED", "初步验收通过"), entry("PROGRESS_FILED", "在项目管理系统备案建设进展"),
            entry("PROJECT_REGISTERED", "项目登记"), entry("PROGRESS", "建设进展"), entry("CHANGE", "变更情况"),
            entry("ACCEPTANCE", "验收意见"),
            entry("IP_OWNERSHIP", "知识产权归属条款"), entry("DATA_OWNERSHIP", "数据归属条款"),
            entry("CONFIDENTIALITY", "保密条款"), entry("ACCEPTANCE_CRITERIA", "验收标准和方法条款"),
            entry("IP_BREACH_LIABILITY", "违反知识产权条款责任"));

    private Labels() {
    }

    static String zh(String constant) {
        return ZH.getOrDefault(constant, constant);
    }

    static String en(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
