package org.egov.itpm.engagement;

/** Where an engagement comes from: recorded here, or derived from a review panel, a contract or a participant. */
public enum EngagementSource { RECORDED, REVIEW_PANEL, CONTRACT, PARTICIPANT }
