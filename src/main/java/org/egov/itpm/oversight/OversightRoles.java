package org.egov.itpm.oversight;

import java.util.Set;
import org.egov.itpm.security.Roles;

/**
 * Who supervises (docs/security.md "Rectification orders"): the seeds give supervision to the data authority, the
 * NDRC, the finance bureau, the cyber-security / crypto offices and audit (qufu-2024 art.41, wushan-2022 art.29,
 * baotou-2024 art.25–26, jiangxi-2024 art.41); escalation to the bodies that decide plans and projects (项目审批部门,
 * 发展改革委, 财政局, 大数据管理中心).
 */
final class OversightRoles {

    /** May issue orders, raise findings and accept or reject a rectification of their own body. */
    static final Set<String> SUPERVISORS = Set.of(Roles.AUTHORITY_REVIEWER, Roles.AUTHORITY_APPROVER,
            Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.SECURITY_OFFICER);

    /** May escalate an unmet order to a measure of the pack and lift it. */
    static final Set<String> ESCALATORS = Set.of(Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER, Roles.FINANCE_OFFICER);

    private OversightRoles() {
    }
}
