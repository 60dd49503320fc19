package org.egov.itpm.security;

import java.util.Set;

/** Realm roles of keycloak/itpm-realm.json. Keep in sync with docs/security.md. */
public final class Roles {
    public static final String UNIT_STAFF = "unit-staff";
    public static final String UNIT_LEAD = "unit-lead";
    public static final String AUTHORITY_REVIEWER = "authority-reviewer";
    public static final String AUTHORITY_APPROVER = "authority-approver";
    public static final String NDRC_APPROVER = "ndrc-approver";
    public static final String FINANCE_OFFICER = "finance-officer";
    public static final String AUDITOR = "auditor";
    public static final String SECURITY_OFFICER = "security-officer";
    public static final String EXPERT = "expert";
    public static final String SUPERVISOR = "supervisor";
    public static final String EVALUATOR = "evaluator";
    public static final String PLATFORM = "platform";
    public static final String ADMIN = "admin";

    /** Every role (a set: no order). */
    public static final Set<String> ALL = Set.of(UNIT_STAFF, UNIT_LEAD, AUTHORITY_REVIEWER, AUTHORITY_APPROVER,
            NDRC_APPROVER, FINANCE_OFFICER, AUDITOR, SECURITY_OFFICER, EXPERT, SUPERVISOR, EVALUATOR, PLATFORM, ADMIN);

    /** Roles scoped by organisation (own and participated projects). */
    public static final Set<String> UNIT_ROLES = Set.of(UNIT_STAFF, UNIT_LEAD);

    /** Roles scoped by jurisdiction: their region code and every region below it. */
    public static final Set<String> JURISDICTION_ROLES = Set.of(AUTHORITY_REVIEWER, AUTHORITY_APPROVER, NDRC_APPROVER,
            FINANCE_OFFICER, AUDITOR, SECURITY_OFFICER);

    /** Roles scoped by engagement (issue #15): the projects of their panel seats, supervision or evaluation. */
    public static final Set<String> ENGAGEMENT_ROLES = Set.of(EXPERT, SUPERVISOR, EVALUATOR);

    private Roles() {
    }
}
