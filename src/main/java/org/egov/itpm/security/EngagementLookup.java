package org.egov.itpm.security;

import java.util.Set;

/**
 * The projects an expert, supervisor or evaluator is engaged on (issue #15). Implemented by the engagement feature;
 * it answers conditions, never lists of ids (issue #19): the work per request does not grow with the caller's seats.
 */
public interface EngagementLookup {

    /** The caller's engagements for the engagement-scoped roles it holds, as conditions over project alias p. */
    Engaged engagedProjects(String username, String orgCode, Set<String> roles);

    /**
     * {@code reaches}: projects of any engagement that has started (active or ended: still readable); {@code active}:
     * those of an engagement still active. A project reached but not active is read-only. Both null: none.
     */
    record Engaged(ProjectCondition reaches, ProjectCondition active) {
        public static final Engaged NONE = new Engaged(null, null);

        public boolean any() {
            return reaches != null;
        }

        /** Projects reached only through engagements that have ended; null when none can be. */
        public ProjectCondition endedOnly() {
            return reaches == null ? null : active == null ? reaches : reaches.butNot(active);
        }
    }
}
