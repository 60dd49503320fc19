package org.egov.itpm.security;

import java.util.Set;

/**
 * What part of the data a caller may see: everything (admin), the projects of one organisation (owned or
 * participated in), every project under some region prefixes, and the projects of the caller's engagements (expert,
 * supervisor, evaluator: issue #15), as conditions (issue #19). An engagement that has ended leaves its project
 * visible, without writes. Empty means nothing.
 */
public record Scope(boolean everything, String organisationCode, Set<String> regionPrefixes,
                    EngagementLookup.Engaged engaged) {

    public Scope(boolean everything, String organisationCode, Set<String> regionPrefixes) {
        this(everything, organisationCode, regionPrefixes, EngagementLookup.Engaged.NONE);
    }

    public static Scope nothing() {
        return new Scope(false, null, Set.of());
    }

    public boolean isEmpty() {
        return !everything && organisationCode == null && regionPrefixes.isEmpty() && !engaged.any();
    }

    /** True when the caller sees the project through its region (or everything), not only through an engagement. */
    public boolean coversRegion(String regionCode) {
        return everything || regionCode != null && regionPrefixes.stream().anyMatch(regionCode::startsWith);
    }
}
