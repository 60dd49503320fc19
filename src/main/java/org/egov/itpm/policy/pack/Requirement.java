package org.egov.itpm.policy.pack;

import java.util.ArrayList;
import java.util.List;
import org.egov.itpm.policy.Stage;

/**
 * One thing a project must have before it may enter {@code gate}. {@code anyOf} lists alternatives
 * (one suffices); {@code after} names a value of the same vocabulary that must come first (by date).
 * {@code months} parameterises {@link FactCheck#TRIAL_RUN_MONTHS}.
 */
public record Requirement(String code, Stage gate, RequirementKind kind, List<String> anyOf,
                          String after, Integer months, Condition when, Citation cite) {

    public Requirement {
        anyOf = List.copyOf(anyOf);
        when = when == null ? Condition.ALWAYS : when;
    }

    /** The parameters as data, for the API and the docs: gate, the alternatives, their order, then the condition. */
    public List<RuleParameter> parameters() {
        List<RuleParameter> out = new ArrayList<>();
        if (gate != null) {
            out.add(RuleParameter.stage("gate", gate));
        }
        out.add(RuleParameter.list("anyOf", anyOf));
        if (after != null) {
            out.add(RuleParameter.code("after", after));
        }
        if (months != null) {
            out.add(RuleParameter.months("months", months));
        }
        out.addAll(when.parameters());
        return out;
    }
}
