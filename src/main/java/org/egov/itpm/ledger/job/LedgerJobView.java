package org.egov.itpm.ledger.job;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** A ledger job as clients see it. */
@Name("LedgerJob")
@Description("A background import or export: its state, rows done of total, the problems found, and when DONE with a"
        + " file a time-limited download link (GET it with your bearer token).")
public record LedgerJobView(@Id String id, LedgerJobKind kind, LedgerJobState state,
                            @Description("Progress in the unit of rowsTotal, never past it, equal to it at DONE."
                                    + " LEDGER_EXPORT: projects (each sheet's pass over a project counts a fifth of"
                                    + " it); imports: data rows of all sheets; DOSSIER: documents; AUDIT_EXPORT: audit"
                                    + " events written.")
                            int rowsDone,
                            @Description("The work, set when the job starts: LEDGER_EXPORT the projects the filter"
                                    + " selects, imports the file's data rows over all sheets, DOSSIER the project's"
                                    + " documents; AUDIT_EXPORT none until DONE (its events are counted as written).")
                            Integer rowsTotal,
                            int attempts, List<LedgerProblem> errors, String resultName, String downloadUrl,
                            Instant downloadExpiresAt, Instant createdAt, Instant finishedAt) {

    public static LedgerJobView of(LedgerJob j, DownloadLinks links) {
        DownloadLinks.Link link = j.state == LedgerJobState.DONE && j.resultName != null ? links.linkFor(j.id) : null;
        return new LedgerJobView(j.id.toString(), j.kind, j.state, j.rowsDone, j.rowsTotal, j.attempts,
                j.errors == null ? List.of() : j.errors, j.resultName, link == null ? null : link.url(),
                link == null ? null : link.expiresAt(), j.createdAt, j.finishedAt);
    }
}
