package org.egov.itpm.compliance;

import org.egov.itpm.pack.CitationView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.rules.OpenStep;

/** A requirement still open before a stage. */
@Name("NextStep")
@Description("Something the bound policy pack still requires before the project may enter a stage, and why.")
public record NextStepView(Stage stage, String code, String ruleCode, String messageEn, String messageZh,
                           CitationView citation) {

    static NextStepView of(OpenStep s) {
        var r = s.reason();
        return new NextStepView(s.stage(), r.code(), r.ruleCode(), r.messageEn(), r.messageZh(),
                CitationView.of(r.cite()));
    }
}
