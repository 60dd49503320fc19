package org.egov.itpm.policy.rules;

import java.util.List;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.Requirement;

/** O&M funding eligibility: every pack ground for refusing it, cited. */
public final class OmFundingPolicy {

    private OmFundingPolicy() {
    }

    public static OmFundingDecision evaluate(Pack pack, ProjectFacts facts) {
        List<Reason> refusals = pack.omFundingConditions().stream()
                .flatMap(r -> RequirementEvaluator.unmetAll(pack, r, facts, null).stream().map(reason -> refusal(r, reason)))
                .toList();
        return new OmFundingDecision(refusals.isEmpty(), refusals);
    }

    private static Reason refusal(Requirement r, Reason unmet) {
        return new Reason("OM_FUNDING_REFUSED", r.code(), r.cite(),
                "No O&M funding: " + unmet.messageEn(), "不安排运行维护经费：" + unmet.messageZh());
    }
}
