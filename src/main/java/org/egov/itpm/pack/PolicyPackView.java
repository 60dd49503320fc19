package org.egov.itpm.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.pack.CitationView;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.PackStatus;

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
        p.requirements().forEach(r -> rules.add(new PolicyRuleView(r.code(), "GATE " + r.gate(), r.kind() + " "
                + String.join(" | ", r.anyOf()), CitationView.of(r.cite()))));
        p.acceptanceDocuments().forEach(r -> rules.add(new PolicyRuleView(r.code(), "ACCEPTANCE_DOCUMENT",
                String.join(" | ", r.anyOf()), CitationView.of(r.cite()))));
        p.omFundingConditions().forEach(r -> rules.add(new PolicyRuleView(r.code(), "OM_FUNDING", r.kind() + " "
                + String.join(" | ", r.anyOf()), CitationView.of(r.cite()))));
        p.deadlines().forEach(d -> rules.add(new PolicyRuleView(d.code(), "DEADLINE " + d.type(), d.toString(),
                CitationView.of(d.cite()))));
        p.checks().forEach(c -> rules.add(new PolicyRuleView(c.code(), "CHECK", c.toString(), CitationView.of(c.cite()))));
        if (p.change() != null) {
            rules.add(new PolicyRuleView("CHANGE", "CHANGE " + p.change().mode(), p.change().toString(),
                    CitationView.of(p.change().cite())));
            if (p.change().reApprovalReview() != null) {
                rules.add(new PolicyRuleView("CHANGE_REVIEW", "CHANGE RE_APPROVAL",
                        "a RE_APPROVAL change passes a CHANGE_REVIEW round before it is approved",
                        CitationView.of(p.change().reApprovalReview())));
            }
        }
        p.escalationMeasures().forEach(m -> rules.add(new PolicyRuleView(m.code(), "ESCALATION " + m.kind(),
                m.labelZh() + " / " + m.labelEn(), CitationView.of(m.cite()))));
        return new PolicyPackView(p.id(), p.version(), p.jurisdiction().name(), p.regionCode(), p.issuingDocument(),
                p.issuedOn(), p.effectiveFrom(), p.effectiveTo(), p.statusOn(today), CitationView.of(p.effectCite()),
                rules, p.notes());
    }

    /** One rule of a pack. */
    @Name("PolicyRule")
    @Description("One rule of a pack: code, category, parameters and citation.")
    public record PolicyRuleView(String code, String category, String parameters, CitationView citation) {
    }
}
