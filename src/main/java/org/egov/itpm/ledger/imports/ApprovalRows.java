package org.egov.itpm.ledger.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.egov.itpm.approval.ApprovalInput;
import org.egov.itpm.approval.ApprovalService;
import org.egov.itpm.common.TextLimits;
import org.egov.itpm.ledger.export.SheetWriter.Column;
import org.egov.itpm.ledger.export.TemplateFormat;
import org.egov.itpm.ledger.imports.Step.Outcome;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.security.CurrentUser;
import org.egov.itpm.security.Roles;

/**
 * Rows of the 批复 sheet: recordApproval by the body that issues the approval (checked against the pack's issuer,
 * e.g. jiangxi-2024 art.20). An approval with the same project, kind and 文号 is left as it is.
 */
@ApplicationScoped
class ApprovalRows {

    private static final List<String> KEYS = TemplateFormat.APPROVAL.stream().map(Column::key).toList();
    private static final Set<String> ISSUERS = Set.of(Roles.AUTHORITY_APPROVER, Roles.NDRC_APPROVER);

    private final ApprovalService approvals;
    private final CurrentUser user;

    @Inject
    ApprovalRows(ApprovalService approvals, CurrentUser user) {
        this.approvals = approvals;
        this.user = user;
    }

    Step parse(ImportRow row, Set<String> seen) {
        String key = row.text("projectKey", TextLimits.CODE, true);
        ApprovalKind kind = row.choice("kind", ApprovalKind.class, true);
        String number = row.text("documentNumber", 100, true);
        LocalDate on = row.date("approvedOn", true);
        BigDecimal amount = row.amount("approvedAmount", false);
        String body = row.text("issuingBody", TextLimits.NAME, true);
        if (key == null || kind == null || number == null || on == null || body == null) {
            return null;
        }
        if (!seen.add(key + "|" + kind + "|" + number)) {
            row.duplicate("documentNumber", key + " " + number);
            return null;
        }
        ApprovalInput in = new ApprovalInput();
        in.kind = kind;
        in.documentNumber = number;
        in.approvedOn = on;
        in.approvedAmount = amount;
        in.issuingBody = body;
        return new Step(row, key, on, Step.APPROVAL, "kind", KEYS, id -> record(row, in, id));
    }

    private Outcome record(ImportRow row, ApprovalInput in, UUID id) {
        boolean present = approvals.byProjects(List.of(id)).getOrDefault(id, List.of()).stream()
                .anyMatch(a -> a.kind == in.kind && in.documentNumber.equals(a.documentNumber));
        if (present) {
            return Outcome.UNCHANGED;
        }
        if (!user.hasAnyRole(ISSUERS)) {
            row.notYourAct("kind", "an approval (批复) is recorded by the body that issues it",
                    "批复须由出具批复的机关登记");
            return Outcome.REFUSED;
        }
        approvals.record(id, in);
        return Outcome.CREATED;
    }
}
