package org.egov.itpm.pack;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.egov.itpm.policy.pack.ParameterKind;
import org.egov.itpm.policy.pack.RuleParameter;

/** One parameter of a pack rule as data. */
@Name("RuleParameter")
@Description("One parameter of a rule as data, named as in the pack JSON (e.g. 'workingDays', 'when.minInvestment').")
public record RuleParameterView(
        @NonNull String name,
        @NonNull ParameterKind kind,
        @NonNull @Description("Canonical value: a plain decimal for AMOUNT (CNY) and PERCENT, an integer for durations"
                + " and counts, '--MM-DD' for DAY_OF_YEAR, the constant for STAGE and CODE, the item count for LIST.")
        String value,
        @NonNull @Description("The items of a LIST (constant names); empty otherwise.") List<@NonNull String> values,
        @Description("CNY, %, working day, month or year; null when the kind says it all.") String unit) {

    static RuleParameterView of(RuleParameter p) {
        return new RuleParameterView(p.name(), p.kind(), p.value(), p.values(), p.unit());
    }
}
