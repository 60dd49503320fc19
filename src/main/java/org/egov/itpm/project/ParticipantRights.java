package org.egov.itpm.project;

/** What an approved participating organisation's staff may do on the project (issue #15 item 3). */
public enum ParticipantRights {
    /** See the project and its records. */
    READ,
    /** READ, and upload documents. */
    CONTRIBUTE_DOCUMENTS,
    /** Every write the unit roles may do on the project. */
    EDIT
}
