package org.egov.itpm.policy.pack;

/** The government level a pack applies to; regionCode is the six-digit GB/T 2260 code. */
public record Jurisdiction(String name, String regionCode) {}
