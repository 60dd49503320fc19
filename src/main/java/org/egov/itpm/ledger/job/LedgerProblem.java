package org.egov.itpm.ledger.job;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** One problem of a job: where in the file (sheet, row, column; absent for the whole file), a code and why. */
@Name("LedgerProblem")
@Description("A problem found by an import or a failed job: sheet, 1-based row and column key (when about one cell),"
        + " a stable code and the message in English and Chinese.")
public record LedgerProblem(String sheet, Integer row, String column, String code, String messageEn,
                            String messageZh) {

    public static LedgerProblem ofFile(String code, String en, String zh) {
        return new LedgerProblem(null, null, null, code, en, zh);
    }
}
