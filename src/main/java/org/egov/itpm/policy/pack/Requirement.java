package org.egov.itpm.policy.pack;

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
}
