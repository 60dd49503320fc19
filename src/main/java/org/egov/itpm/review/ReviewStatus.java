package org.egov.itpm.review;

/** OPEN while experts give opinions; PASSED or REJECTED once concluded. */
public enum ReviewStatus { OPEN, PASSED, REJECTED }
