package org.egov.itpm.policy.pack;

import java.math.BigDecimal;
import org.egov.itpm.policy.Severity;
import org.egov.itpm.policy.Stage;

/** A threshold or standing duty; unused parameters are null. */
public record CheckRule(String code, CheckType type, BigDecimal percent, Integer months, String value,
                        Stage fromStage, String detail, Severity severity, Condition when, Citation cite) {

    public CheckRule {
        when = when == null ? Condition.ALWAYS : when;
    }
}
