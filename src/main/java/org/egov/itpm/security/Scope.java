package org.egov.itpm.security;

import java.util.Set;
import java.util.UUID;

/**
 * What part of the data a caller may see: everything (admin), the projects of one organisation (owned or
 * participated in), every project under some region prefixes, and the projects of the caller's engagements (expert,
 * supervisor, evaluator: issue #15). {@code readOnlyProjects} are engagements that have ended: still visible, no
 * writes. Empty means nothing.
 */
public record Scope(boolean everything, String organisationCode, Set<String> regionPrefixes,
                    Set<UUID> engagedProjects, Set<UUID> readOnlyProjects) {

    public Scope(boolean everything, String organisationCode, Set<String> regionPrefixes) {
        this(everything, organisationCode, regionPrefixes, Set.of(), Set.of());
    }

    public static Scope nothing() {
        return new Scope(false, null, Set.of());
    }

    public boolean isEmpty() {
        return !everything && organisationCode == null && regionPrefixes.isEmpty() && engagedProjects.isEmpty();
    }

    /** True when the caller sees the project through its region (or everything), not only through an engagement. */
    public boolean coversRegion(String regionCode) {
        return everything || regionCode != null && regionPrefixes.stream().anyMatch(regionCode::startsWith);
    }

    /** True when the only way the caller reaches this project is an engagement that has ended. */
    public boolean readOnly(UUID projectId, String regionCode) {
        return readOnlyProjects.contains(projectId) && !coversRegion(regionCode);
    }
}
