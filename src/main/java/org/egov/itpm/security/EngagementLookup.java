package org.egov.itpm.security;

import java.util.Set;
import java.util.UUID;

/**
 * The projects an expert, supervisor or evaluator is engaged on (issue #15). Implemented by the engagement feature;
 * it reads the data directly, never through a scoped read (that would ask for the scope again).
 */
public interface EngagementLookup {

    /** The caller's engagements for the engagement-scoped roles it holds, split into active and ended. */
    Engaged engagedProjects(String username, String orgCode, Set<String> roles);

    /** Projects of active engagements, and projects reached only through ended ones (read-only). */
    record Engaged(Set<UUID> active, Set<UUID> ended) {
        public static final Engaged NONE = new Engaged(Set.of(), Set.of());
    }
}
