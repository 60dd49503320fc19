package org.egov.itpm.policy.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.ReviewPanelRule;

/**
 * Expert steps (audit D4): a round of a review type the pack gives to experts opens only with the pack's minimum
 * panel, and passes only with that panel complete and every member's signed opinion on record.
 */
public final class ExpertPanelPolicy {

    private ExpertPanelPolicy() {
    }

    /** Why a round of {@code type} may not open with a panel of {@code panelSize}; empty when it may. */
    public static List<Reason> onOpen(Pack pack, ReviewType type, int panelSize) {
        return pack.panelRule(type).filter(r -> panelSize < r.minExperts())
                .map(r -> List.of(tooSmall(r, panelSize))).orElse(List.of());
    }

    /** Why a round of {@code type} with this panel and these signatures may not pass; empty when it may. */
    public static List<Reason> onPass(Pack pack, ReviewType type, Collection<String> panel,
                                      Collection<String> signed) {
        List<Reason> reasons = new ArrayList<>();
        pack.panelRule(type).ifPresent(rule -> {
            if (panel.size() < rule.minExperts()) {
                reasons.add(tooSmall(rule, panel.size()));
            }
            List<String> missing = panel.stream().filter(u -> !signed.contains(u)).toList();
            if (!missing.isEmpty()) {
                reasons.add(new Reason("EXPERT_OPINIONS_MISSING", type.name(), rule.cite(),
                        "every expert on the panel signs an opinion before the " + type + " passes; missing: " + missing,
                        "专家组成员须全部签署意见后方可通过" + type + "，尚缺：" + missing));
            }
        });
        return reasons;
    }

    private static Reason tooSmall(ReviewPanelRule rule, int size) {
        return new Reason("EXPERT_PANEL_TOO_SMALL", rule.review().name(), rule.cite(),
                "a " + rule.review() + " is carried out by experts: at least " + rule.minExperts()
                        + " on the panel, this one has " + size,
                rule.review() + " 须由专家开展：专家组至少 " + rule.minExperts() + " 人，当前 " + size + " 人");
    }
}
