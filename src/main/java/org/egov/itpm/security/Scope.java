package org.egov.itpm.security;

import java.util.Set;

/**
 * What part of the data a caller may see: everything (admin), the projects of one organisation (owned or
 * participated in), and/or every project under some region prefixes. Empty means nothing.
 */
public record Scope(boolean everything, String organisationCode, Set<String> regionPrefixes) {

    public static Scope nothing() {
        return new Scope(false, null, Set.of());
    }

    public boolean isEmpty() {
        return !everything && organisationCode == null && regionPrefixes.isEmpty();
    }

    /** True when a project in {@code regionCode}, owned by or involving {@code orgCodes}, is visible. */
    public boolean covers(String regionCode, Set<String> orgCodes) {
        if (everything) {
            return true;
        }
        if (organisationCode != null && orgCodes.contains(organisationCode)) {
            return true;
        }
        return regionCode != null && regionPrefixes.stream().anyMatch(regionCode::startsWith);
    }
}
