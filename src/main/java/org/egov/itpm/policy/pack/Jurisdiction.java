package org.egov.itpm.policy.pack;

/**
 * The government level a pack applies to; regionCode is the six-digit GB/T 2260 code. {@code scopeCite} is the
 * article limiting an OWN_LEVEL_ONLY pack, cited when a region below is left without a pack.
 */
public record Jurisdiction(String name, String regionCode, JurisdictionScope scope, Citation scopeCite) {

    public Jurisdiction {
        scope = scope == null ? JurisdictionScope.WITH_SUBORDINATE_REGIONS : scope;
    }

    public Jurisdiction(String name, String regionCode) {
        this(name, regionCode, JurisdictionScope.WITH_SUBORDINATE_REGIONS, null);
    }

    /** Whether a project in {@code region} (this region or one whose chain leads here) is governed by the pack. */
    public boolean governs(String region) {
        return regionCode.equals(region) || scope == JurisdictionScope.WITH_SUBORDINATE_REGIONS;
    }
}
