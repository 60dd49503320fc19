package org.egov.itpm.ledger.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.egov.itpm.ledger.job.JobHandler;
import org.egov.itpm.ledger.job.LedgerJob;
import org.egov.itpm.ledger.job.LedgerJobKind;

/** The dry run: every problem of the file, by sheet, row and column; nothing stored. */
@ApplicationScoped
public class ImportDryRun implements JobHandler {

    @Inject
    LedgerImporter importer;

    @Override
    public LedgerJobKind kind() {
        return LedgerJobKind.IMPORT_DRY_RUN;
    }

    @Override
    public Outcome run(LedgerJob job, Progress progress) {
        return importer.run(job, progress, false);
    }
}
