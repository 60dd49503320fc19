package org.egov.itpm.project;

import org.egov.itpm.common.RuleViolationException.CitedReason;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.pack.Citation;
import org.egov.itpm.policy.rules.Reason;

/** Turns the policy's reasons into the cited reasons errors carry. */
public final class Reasons {

    private Reasons() {
    }

    public static CitedReason cited(Reason r) {
        return cited(r.code(), r.cite(), new Text(r.messageEn(), r.messageZh()));
    }

    public static CitedReason cited(String code, Citation cite, Text message) {
        return cite == null ? new CitedReason(code, null, null, null, null, message)
                : new CitedReason(code, cite.packId(), cite.article(), cite.render(), cite.quote(), message);
    }
}
