package org.egov.itpm.policy.pack;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.egov.itpm.policy.ApprovalKind;

/**
 * Who issues each kind of approval (批复) under a pack, and who performs 立项 (the move to APPROVED), where the
 * pack's seed names one body. A kind without a rule, and a pack without the section, leave it to either approver.
 */
public record ApprovalIssuers(Map<ApprovalKind, IssuerRule> byKind, IssuerRule approvedMove) {

    public static final ApprovalIssuers NONE = new ApprovalIssuers(Map.of(), null);

    public ApprovalIssuers {
        byKind = byKind.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byKind));
    }

    public Optional<IssuerRule> of(ApprovalKind kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    public Optional<IssuerRule> approvedMoveRule() {
        return Optional.ofNullable(approvedMove);
    }
}
