package org.egov.itpm.policy;

/** Grounds on which a pack excludes a project from application or support (Baotou art.10, Jiangxi art.17). */
public enum ExclusionGround {
    /** 新建机房、网络、云平台、数据中心等基础设施，或新购服务器存储等硬件 */ NEW_INFRASTRUCTURE,
    /** 未获得行业（业务）主管部门准许 */ NO_SUPERVISOR_PERMISSION,
    /** 未部署或迁移到政务云 */ NOT_ON_GOVERNMENT_CLOUD,
    /** 在用系统与业务脱节或已停止更新服务 */ OUTDATED_SYSTEM,
    /** 功能可被已有项目替代 */ REPLACEABLE_BY_EXISTING,
    /** 在用系统长期空闲、使用频率低 */ IDLE_SYSTEM,
    /** 需求不清、绩效目标不明、应共享数据不共享 */ UNCLEAR_NEEDS_OR_NO_SHARING,
    /** 单独租赁互联网出口或未整合的专网 */ DEDICATED_LINE_LEASE,
    /** 不应用安全可靠产品 */ NO_SECURE_RELIABLE_PRODUCTS,
    /** 不符合密码应用或网络安全保密要求，或存在重大安全保密隐患 */ SECURITY_NONCOMPLIANT,
    /** 原项目尚未竣工验收的升级改造 */ PREDECESSOR_NOT_ACCEPTED
}
