package org.egov.itpm.project;

/** A participant of the project's jurisdiction is APPROVED at once; one from outside waits for the authority. */
public enum ParticipantStatus { PENDING, APPROVED }
