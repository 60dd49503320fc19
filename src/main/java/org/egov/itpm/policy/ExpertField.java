package org.egov.itpm.policy;

/**
 * The closed vocabulary of expert fields (专家专业领域): the values of the Keycloak user attribute {@code expert_fields}
 * and of a draw's {@code fields}. Adding a value means adding it to keycloak/itpm-realm.json's user profile too.
 */
public enum ExpertField {
    /** 云计算与基础设施 cloud, networks, computer rooms, hardware. */
    INFRASTRUCTURE,
    /** 应用软件与系统集成 application software and integration. */
    SOFTWARE,
    /** 数据资源与共享 data resources, catalogues, sharing. */
    DATA,
    /** 网络安全与等级保护 cyber security, 等保. */
    SECURITY,
    /** 商用密码应用 commercial cryptography. */
    CRYPTOGRAPHY,
    /** 投资与造价 investment, budget estimates, cost. */
    INVESTMENT,
    /** 政务业务与管理 government business and administration. */
    GOVERNMENT_AFFAIRS
}
