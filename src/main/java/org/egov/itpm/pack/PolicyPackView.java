package org.egov.itpm.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.PackStatus;
import org.egov.itpm.policy.pack.RuleParameter;

/** A policy pack version with its window and rules. */
@Name("PolicyPack")
@Description("One version of a jurisdiction's regulation as data: its window and its rules, each cited.")
public record PolicyPackView(String id, int version, String jurisdiction, String regionCode, String issuingDocument,
                             LocalDate issuedOn, LocalDate effectiveFrom,
                             @Description("Inclusive; null when open-ended.") LocalDate effectiveTo,
                             @Description("Standing today.") PackStatus status, CitationView effectCitation,
                             List<PolicyRuleView> rules, List<String> notes) {

    static PolicyPackView of(Pack p, LocalDate today) {
        List<PolicyRuleView> rules = new ArrayList<>();
        p.requirements().forEach(r -> rules.add(rule(r.code(), "GATE", r.kind().name(), null, r.parameters(), r.cite())));
        p.acceptanceDocuments().forEach(r -> rules.add(rule(r.code(), "ACCEPTANCE_DOCUMENT", r.kind().name(), null,
                r.parameters(), r.cite())));
        p.omFundingConditions().forEach(r -> rules.add(rule(r.code(), "OM_FUNDING", r.kind().name(), null,
                r.parameters(), r.cite())));
        p.deadlines().forEach(d -> rules.add(rule(d.code(), "DEADLINE", d.type().name(), d.severity(), d.parameters(),
                d.cite())));
        p.checks().forEach(c -> rules.add(rule(c.code(), "CHECK", c.type().name(), c.severity(), c.parameters(),
                c.cite())));
        p.reviewPanels().forEach(r -> rules.add(rule("PANEL_" + r.review(), "REVIEW_PANEL", r.review().name(), null,
                r.parameters(), r.cite())));
        if (p.change() != null) {
            rules.add(rule("CHANGE", "CHANGE", p.change().mode().name(), null, p.change().parameters(), p.change().cite()));
            if (p.change().reApprovalReview() != null) {
                rules.add(rule("CHANGE_REVIEW", "CHANGE_REVIEW", "RE_APPROVAL", null, List.of(),
                        p.change().reApprovalReview()));
            }
        }
        p.escalationMeasures().forEach(m -> rules.add(rule(m.code(), "ESCALATION", m.kind().name(), null,
                m.parameters(), m.cite())));
        return new PolicyPackView(p.id(), p.version(), p.jurisdiction().name(), p.regionCode(), p.issuingDocument(),
                p.issuedOn(), p.effectiveFrom(), p.effectiveTo(), p.statusOn(today), CitationView.of(p.effectCite()),
                rules, p.notes());
    }

    private static PolicyRuleView rule(String code, String category, String type, Severity severity,
                                       List<RuleParameter> parameters, Citation cite) {
        return new PolicyRuleView(code, category, type, severity,
                parameters.stream().map(RuleParameterView::of).toList(), CitationView.of(cite));
    }

    /** One rule of a pack. */
    @Name("PolicyRule")
    @Description("One rule of a pack: code, category, kind, its parameters as data and its citation.")
    public record PolicyRuleView(
            String code,
            @Description("GATE, ACCEPTANCE_DOCUMENT, OM_FUNDING, DEADLINE, CHECK, REVIEW_PANEL, CHANGE, CHANGE_REVIEW or"
                    + " ESCALATION (a measure after an unmet order to rectify).")
            String category,
            @Description("The rule's kind within its category, as in the pack JSON: the requirement kind (REVIEW,"
                    + " APPROVAL …), the deadline or check type, the review type of a panel, the change mode, the escalation kind.")
            String type,
            @Description("Severity of the finding a missed deadline or failed check raises; null for gates and limits.")
            Severity severity,
            @NonNull @Description("Every threshold, duration, share and list of the rule, with the condition (when.*)"
                    + " under which it applies.") List<@NonNull RuleParameterView> parameters,
            CitationView citation) {
    }
}
