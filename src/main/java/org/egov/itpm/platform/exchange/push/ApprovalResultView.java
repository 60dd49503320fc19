package org.egov.itpm.platform.exchange.push;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What egov-itpm holds for an approval item after a push. */
@Schema(name = "ApprovalResult", description = "The stored approval item and the approval it recorded, if any.")
public record ApprovalResultView(
        @JsonProperty("APPROVAL_ITEMID") String approvalItemId,
        @JsonProperty("PROJECT_CODE") String projectCode,
        @JsonProperty("localCode") String localCode,
        @JsonProperty("ITEM_CODE") String itemCode,
        @JsonProperty("approvalKind") String approvalKind,
        @JsonProperty("CURRENT_STATE") String currentState,
        @JsonProperty("approvalId") @Schema(description = "The approval (批复) recorded for APPROVED/FINISHED", nullable = true)
        UUID approvalId,
        @JsonProperty("changed") @Schema(description = "False when the push repeated what was on record (no-op)")
        boolean changed) {
}
