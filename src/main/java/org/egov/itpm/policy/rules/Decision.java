package org.egov.itpm.policy.rules;

import java.util.List;

/** The outcome of a stage-gate check. */
public sealed interface Decision permits Decision.Allowed, Decision.Rejected {

    boolean isAllowed();

    /** The transition may happen. */
    record Allowed() implements Decision {
        @Override
        public boolean isAllowed() {
            return true;
        }
    }

    /** The transition may not happen, for every one of these reasons. */
    record Rejected(List<Reason> reasons) implements Decision {
        public Rejected {
            reasons = List.copyOf(reasons);
        }

        @Override
        public boolean isAllowed() {
            return false;
        }
    }

    static Decision of(List<Reason> reasons) {
        return reasons.isEmpty() ? new Allowed() : new Rejected(reasons);
    }
}
