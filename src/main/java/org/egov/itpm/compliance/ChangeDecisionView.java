package org.egov.itpm.compliance;

import org.egov.itpm.pack.CitationView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.policy.rules.ChangeDecision;
import org.egov.itpm.policy.rules.ChangeOutcome;
import org.egov.itpm.policy.rules.Reason;

/** The decision on a change request with its arithmetic. */
@Name("ChangeDecision")
@Description("FILING (备案) or RE_APPROVAL, with the arithmetic as lines and every reason forcing re-approval.")
public record ChangeDecisionView(ChangeOutcome outcome, List<String> arithmetic, List<NextStepReason> reasons,
                                 CitationView citation,
                                 @Description("Set for a RE_APPROVAL whose pack makes the re-approval rest on an expert"
                                         + " review: a CHANGE_REVIEW round of the change must pass first.")
                                 NextStepReason reviewBeforeApproval) {

    static ChangeDecisionView of(ChangeDecision d) {
        return new ChangeDecisionView(d.outcome(), d.lines(), d.reasons().stream().map(ChangeDecisionView::view)
                .toList(), CitationView.of(d.cite()),
                d.reviewBeforeApproval() == null ? null : view(d.reviewBeforeApproval()));
    }

    private static NextStepReason view(Reason r) {
        return new NextStepReason(r.code(), r.messageEn(), r.messageZh(), CitationView.of(r.cite()));
    }

    /** A reason with its citation. */
    @Name("CitedReason")
    public record NextStepReason(String code, String messageEn, String messageZh, CitationView citation) {
    }
}
