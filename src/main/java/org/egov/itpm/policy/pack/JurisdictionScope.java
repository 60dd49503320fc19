package org.egov.itpm.policy.pack;

/** Which regions a pack governs: its own region only, or also the regions below it (GB/T 2260 prefixes). */
public enum JurisdictionScope {
    /** the region and every county or district below it, e.g. a province's measures for 全省各级 */ WITH_SUBORDINATE_REGIONS,
    /** the region's own level only, e.g. Baotou's 市本级 measures (art.2), which counties may only take as a model */ OWN_LEVEL_ONLY
}
