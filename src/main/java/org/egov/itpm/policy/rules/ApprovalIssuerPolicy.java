package org.egov.itpm.policy.rules;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.pack.IssuerRule;
import org.egov.itpm.policy.pack.Pack;

/**
 * Whether a caller may record an approval (批复) of a kind, or perform 立项 (the move to APPROVED), under a pack:
 * only the body the pack's seed gives it to (e.g. jiangxi-2024 art.20: the provincial NDRC). Where the pack names
 * no body, either approver may. Role checks per operation stay with the API; this is the pack-aware part.
 */
public final class ApprovalIssuerPolicy {

    private record Body(String en, String zh) {
    }

    private static final Map<String, Body> BODY = Map.of(
            "authority-approver", new Body("the competent authority", "主管部门"),
            "ndrc-approver", new Body("the development and reform commission", "发展改革部门"));

    private ApprovalIssuerPolicy() {
    }

    /** Why {@code roles} may not record an approval of {@code kind} under {@code pack}; empty when they may. */
    public static Optional<Reason> refusal(Pack pack, ApprovalKind kind, Set<String> roles) {
        return pack.approvalIssuers().of(kind).filter(rule -> !holds(rule, roles)).map(rule -> new Reason(
                "APPROVAL_NOT_ALLOWED_FOR_ROLE", kind.name(), rule.cite(),
                kind + " approvals under " + pack.id() + " are issued by " + bodiesEn(rule) + " ("
                        + rule.cite().render() + ": " + rule.cite().quote() + "); your role may not record them",
                pack.id() + " 下的 " + kind + " 批复由" + bodiesZh(rule) + "作出（" + rule.cite().render() + "："
                        + rule.cite().quote() + "），您的角色无权登记"));
    }

    /** Why {@code roles} may not move a project to {@code target} under {@code pack}; empty when they may. */
    public static Optional<Reason> moveRefusal(Pack pack, Stage target, Set<String> roles) {
        if (target != Stage.APPROVED) {
            return Optional.empty();
        }
        return pack.approvalIssuers().approvedMoveRule().filter(rule -> !holds(rule, roles)).map(rule -> new Reason(
                "STAGE_NOT_ALLOWED_FOR_ROLE", "APPROVED", rule.cite(),
                "立项 (APPROVED) under " + pack.id() + " is given by " + bodiesEn(rule) + " (" + rule.cite().render()
                        + ": " + rule.cite().quote() + "); your role may not move the project to APPROVED",
                pack.id() + " 下的立项（APPROVED）由" + bodiesZh(rule) + "作出（" + rule.cite().render() + "："
                        + rule.cite().quote() + "），您的角色无权将项目变更为 APPROVED"));
    }

    private static boolean holds(IssuerRule rule, Set<String> roles) {
        return roles.stream().anyMatch(rule.roles()::contains);
    }

    /** "the development and reform commission (ndrc-approver)", joined with "or". */
    private static String bodiesEn(IssuerRule rule) {
        return new TreeSet<>(rule.roles()).stream().map(r -> body(r).en() + " (" + r + ")")
                .collect(Collectors.joining(" or "));
    }

    private static String bodiesZh(IssuerRule rule) {
        return new TreeSet<>(rule.roles()).stream().map(r -> body(r).zh() + "（" + r + "）")
                .collect(Collectors.joining("或"));
    }

    private static Body body(String role) {
        return BODY.getOrDefault(role, new Body(role, role));
    }
}
