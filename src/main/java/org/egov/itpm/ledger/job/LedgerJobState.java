package org.egov.itpm.ledger.job;

import org.eclipse.microprofile.graphql.Description;

/** Where a ledger job is. */
@Description("QUEUED, RUNNING (rowsDone of rowsTotal), DONE (download link) or FAILED (errors; restartable).")
public enum LedgerJobState {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
