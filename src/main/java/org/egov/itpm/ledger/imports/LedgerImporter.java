package org.egov.itpm.ledger.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.egov.itpm.common.ItpmConfig;
import org.egov.itpm.ledger.job.JobHandler;
import org.egov.itpm.ledger.job.JobHandler.Outcome;
import org.egov.itpm.ledger.job.LedgerJob;
import org.egov.itpm.ledger.job.LedgerJobs;

/**
 * Import of a ledger workbook, dry run or commit, by one path: the file checks, then every row applied through the
 * services the API uses (as the requester, with the same roles, scope and gates) in ONE transaction. A dry run and a
 * commit with any problem roll that transaction back, so nothing is stored; a clean commit marks its job DONE in the
 * same transaction, so a commit re-run after a crash never stores twice (ADR 0014).
 */
@ApplicationScoped
public class LedgerImporter {

    private final LedgerJobs jobs;
    private final ImportRows rows;
    private final ItpmConfig.Ledger config;

    @Inject
    public LedgerImporter(LedgerJobs jobs, ImportRows rows, ItpmConfig config) {
        this.jobs = jobs;
        this.rows = rows;
        this.config = config.ledger();
    }

    Outcome run(LedgerJob job, JobHandler.Progress progress, boolean commit) {
        byte[] file = QuarkusTransaction.requiringNew().call(() -> jobs.input(job.id));
        Problems problems = new Problems();
        ImportWorkbook wb = ImportWorkbook.read(file, config.importMaxBytes(), config.importMaxRows(), problems);
        int total = wb.rows();
        if (!problems.isEmpty()) {
            return commit ? Outcome.failed(problems.list()) : report(problems.list(), total);
        }
        progress.report(0, total);
        ImportRows.Counts counts;
        try {
            counts = QuarkusTransaction.requiringNew().timeout((int) config.importTimeout().toSeconds()).call(() -> {
                ImportRows.Counts c = rows.apply(wb, problems, progress);
                if (!commit || !problems.isEmpty()) {
                    throw new RolledBack(c); // a dry run, or a commit with problems, stores nothing
                }
                jobs.complete(job.id, job.owner, null, null, null, List.of(), total);
                return c;
            });
        } catch (RolledBack rolledBack) {
            counts = rolledBack.counts;
        }
        if (!commit) {
            return report(problems.list(), total);
        }
        return problems.isEmpty() ? Outcome.storedByHandler(counts.created() + counts.unchanged())
                : Outcome.failed(problems.list());
    }

    private static Outcome report(List<org.egov.itpm.ledger.job.LedgerProblem> problems, int rows) {
        return new Outcome(null, null, null, problems, rows, false, false);
    }

    /** Ends the import transaction with a rollback, carrying what the rows would have done. */
    private static final class RolledBack extends RuntimeException {
        final transient ImportRows.Counts counts;

        RolledBack(ImportRows.Counts counts) {
            super(null, null, false, false);
            this.counts = counts;
        }
    }
}
