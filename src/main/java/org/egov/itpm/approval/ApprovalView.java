package org.egov.itpm.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.policy.ApprovalKind;

/** An approval document as clients see it. */
@Name("Approval")
@Description("An approval document (批复): kind, 文号, date, approved amount (CNY) and issuing body.")
public record ApprovalView(@Id UUID id, ApprovalKind kind, String documentNumber, LocalDate approvedOn,
                           BigDecimal approvedAmount, String issuingBody, String recordedBy, Instant recordedAt,
                           @Description("The change request a CHANGE_APPROVAL approves.") @Id UUID changeRequestId) {

    public static ApprovalView of(Approval a) {
        return new ApprovalView(a.id, a.kind, a.documentNumber, a.approvedOn, a.approvedAmount, a.issuingBody,
                a.recordedBy, a.recordedAt, a.changeRequestId);
    }
}
