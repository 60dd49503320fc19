package org.egov.itpm.policy.pack;

import java.math.BigDecimal;
import java.util.List;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.Stage;

/** A threshold or standing duty; unused parameters are null ({@code values} empty). */
public record CheckRule(String code, CheckType type, BigDecimal percent, Integer months, String value,
                        List<String> values, Stage fromStage, String detail, Severity severity, Condition when,
                        Citation cite) {

    public CheckRule {
        values = values == null ? List.of() : List.copyOf(values);
        when = when == null ? Condition.ALWAYS : when;
    }
}
