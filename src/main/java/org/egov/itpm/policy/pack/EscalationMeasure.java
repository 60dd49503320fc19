package org.egov.itpm.policy.pack;

/**
 * A measure the pack's regulation lets the authority take when an order to rectify (限期整改) is not met or the
 * rectification still falls short; {@code cite} quotes the seed verbatim.
 */
public record EscalationMeasure(String code, EscalationKind kind, String labelZh, String labelEn, Citation cite) {

    /** The measure as data for policyPacks: its kind and its names. */
    public java.util.List<RuleParameter> parameters() {
        return java.util.List.of(RuleParameter.code("kind", kind.name()), RuleParameter.text("labelZh", labelZh),
                RuleParameter.text("labelEn", labelEn));
    }
}
