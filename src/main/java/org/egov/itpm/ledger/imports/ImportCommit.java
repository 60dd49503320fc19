package org.egov.itpm.ledger.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.egov.itpm.ledger.job.JobHandler;
import org.egov.itpm.ledger.job.LedgerJob;
import org.egov.itpm.ledger.job.LedgerJobKind;

/** The commit: all rows stored, or none (FAILED with every problem). */
@ApplicationScoped
public class ImportCommit implements JobHandler {

    @Inject
    LedgerImporter importer;

    @Override
    public LedgerJobKind kind() {
        return LedgerJobKind.IMPORT_COMMIT;
    }

    @Override
    public Outcome run(LedgerJob job, Progress progress) {
        return importer.run(job, progress, true);
    }
}
