package org.egov.itpm.approval;

import jakarta.validation.constraints.Size;
import org.egov.itpm.common.TextLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.egov.itpm.policy.ApprovalKind;

/** An approval document to record. */
@org.eclipse.microprofile.graphql.Input("ApprovalInput")
@Description("An approval document (批复) to record against a project.")
public class ApprovalInput {
    public ApprovalKind kind;
    @Description("批复文号, e.g. 曲发改投资〔2026〕12号.")
    public @Size(max = TextLimits.NAME) String documentNumber;
    @Description("Date of the approval document.")
    public LocalDate approvedOn;
    @Description("Approved amount in CNY where the document states one (FSR, estimate).")
    public BigDecimal approvedAmount;
    @Description("Issuing body, e.g. 曲阜市发展和改革局.")
    public @Size(max = TextLimits.NAME) String issuingBody;
}
