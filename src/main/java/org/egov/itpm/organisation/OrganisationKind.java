package org.egov.itpm.organisation;

/** What an organisation does in the lifecycle. */
public enum OrganisationKind { UNIT, AUTHORITY, NDRC, FINANCE, OVERSIGHT, SUPPLIER }
