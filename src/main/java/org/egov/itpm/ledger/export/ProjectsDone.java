package org.egov.itpm.ledger.export;

import org.egov.itpm.ledger.job.JobHandler;

/**
 * Progress of the ledger export in the unit its result has: projects. The total (the projects the filter selects) is
 * announced before the first page; each sheet reads every project once, so a project is done when all sheets have
 * read it, and rows done grows by a sheet's share per page, never past the total, reaching it with the last sheet.
 * Every page reports, even when the figure has not moved: the report is also the job's heartbeat.
 */
final class ProjectsDone {

    private final JobHandler.Progress progress;
    private final int total;
    private final int sheets;
    private long read;

    ProjectsDone(JobHandler.Progress progress, int total, int sheets) {
        this.progress = progress;
        this.total = total;
        this.sheets = sheets;
        progress.report(0, total);
    }

    /** One page of {@code projects} was read and written by the current sheet. */
    void read(int projects) {
        read += projects;
        progress.report((int) Math.min(total, read / sheets), total);
    }
}
