package org.egov.itpm.platform.exchange.push;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.egov.itpm.policy.ApprovalKind;

/** The ITEM_CODE and CURRENT_STATE vocabularies of the approval-result push (docs/platform-exchange.md). */
final class ItemStates {

    /** ITEM_CODE → approval kind: our names or the Chinese ones. */
    private static final Map<String, ApprovalKind> ITEM_CODES = Map.ofEntries(
            Map.entry("项目建议书", ApprovalKind.PROJECT_PROPOSAL),
            Map.entry("可行性研究报告", ApprovalKind.FEASIBILITY_STUDY),
            Map.entry("初步设计", ApprovalKind.PRELIMINARY_DESIGN),
            Map.entry("概算", ApprovalKind.BUDGET_ESTIMATE),
            Map.entry("政府审定", ApprovalKind.GOVERNMENT_ENDORSEMENT),
            Map.entry("备案", ApprovalKind.FILING),
            Map.entry("立项", ApprovalKind.PROJECT_APPROVAL));

    static final Set<String> STATES = Set.of("ACCEPTED", "IN_PROGRESS", "APPROVED", "FINISHED", "REJECTED", "WITHDRAWN");
    /** States that mean the approval was granted: the approval is recorded. */
    static final Set<String> APPROVING = Set.of("APPROVED", "FINISHED");
    /** States after which the item never changes again. */
    static final Set<String> FINAL = Set.of("APPROVED", "FINISHED", "REJECTED", "WITHDRAWN");

    private ItemStates() {
    }

    static Optional<ApprovalKind> kindOf(String itemCode) {
        if (itemCode == null) {
            return Optional.empty();
        }
        String code = itemCode.trim();
        for (ApprovalKind k : ApprovalKind.values()) {
            // A change's re-approval is decided here (decideChange, after its review round), not pushed.
            if (k.name().equals(code) && k != ApprovalKind.CHANGE_APPROVAL) {
                return Optional.of(k);
            }
        }
        return Optional.ofNullable(ITEM_CODES.get(code));
    }
}
