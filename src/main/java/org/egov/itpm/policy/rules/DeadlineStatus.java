package org.egov.itpm.policy.rules;

/** DUE: still open and not late; MET: done on time; MISSED: late, whether done late or not at all. */
public enum DeadlineStatus { DUE, MET, MISSED }
