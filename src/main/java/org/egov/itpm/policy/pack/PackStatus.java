package org.egov.itpm.policy.pack;

/** A pack's standing on a given day; NONE when no pack covers the region. */
public enum PackStatus { IN_FORCE, EXPIRED, NOT_YET_EFFECTIVE, NONE }
