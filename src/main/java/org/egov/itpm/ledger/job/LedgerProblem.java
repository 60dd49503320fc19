package org.egov.itpm.ledger.job;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/**
 * One problem of a job: where in the file (sheet, row, column; absent for the whole file), a code and why; an
 * unexpected failure also carries the errorId (the job run's trace id) that its log lines carry as traceId.
 */
@Name("LedgerProblem")
@Description("A problem found by an import or a failed job: sheet, 1-based row and column key (when about one cell),"
        + " a stable code and the message in English and Chinese.")
public record LedgerProblem(String sheet, Integer row, String column, String code, String messageEn,
                            String messageZh,
                            @Description("For an unexpected failure (LEDGER_JOB_ERROR) only: the job run's trace id"
                                    + " (32 hex digits), the traceId of its log lines; quote it to the operator.")
                            String errorId) {

    public LedgerProblem(String sheet, Integer row, String column, String code, String messageEn, String messageZh) {
        this(sheet, row, column, code, messageEn, messageZh, null);
    }

    public static LedgerProblem ofFile(String code, String en, String zh) {
        return new LedgerProblem(null, null, null, code, en, zh);
    }
}
