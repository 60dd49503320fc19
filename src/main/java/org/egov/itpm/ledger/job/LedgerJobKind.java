package org.egov.itpm.ledger.job;

import org.eclipse.microprofile.graphql.Description;

/** What a ledger job does. */
@Description("What a ledger job does: export the ledger (台账), dry-run or commit an import, export a project's"
        + " dossier or an audit trail.")
public enum LedgerJobKind { LEDGER_EXPORT, IMPORT_DRY_RUN, IMPORT_COMMIT, DOSSIER, AUDIT_EXPORT }
