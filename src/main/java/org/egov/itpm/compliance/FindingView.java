package org.egov.itpm.compliance;

import org.egov.itpm.pack.CitationView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.rules.Finding;

/** A finding about a project now. */
@Name("Finding")
@Description("A missed deadline or crossed threshold, with its severity, citation and the facts the rule used.")
public record FindingView(String key, String code, Severity severity, String messageEn, String messageZh,
                          CitationView citation, List<FactView> facts) {

    static FindingView of(Finding f) {
        return new FindingView(f.key(), f.code(), f.severity(), f.messageEn(), f.messageZh(), CitationView.of(f.cite()),
                f.facts().entrySet().stream().map(e -> new FactView(e.getKey(), e.getValue())).toList());
    }

    /** One fact a rule used. */
    @Name("FindingFact")
    public record FactView(String name, String value) {
    }
}
