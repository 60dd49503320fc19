package org.egov.itpm.ledger.job;

import java.nio.file.Path;
import java.util.List;

/** Runs one kind of ledger job as its requester (request context and identity already set up by the runner). */
public interface JobHandler {

    LedgerJobKind kind();

    /** Does the work; progress reports rows and renews the claim. */
    Outcome run(LedgerJob job, Progress progress) throws Exception;

    /** Reports rows done and, when known, the total. */
    interface Progress {
        void report(int done, Integer total);
    }

    /**
     * What a job produced: a file (or none), the problems found, and the rows handled. {@code completed} is true when
     * the handler already stored the outcome in its own transaction (an import commit).
     */
    record Outcome(Path file, String name, String type, List<LedgerProblem> problems, int rows, boolean failed,
                   boolean completed) {

        public static Outcome file(Path file, String name, String type, int rows) {
            return new Outcome(file, name, type, List.of(), rows, false, false);
        }

        public static Outcome failed(List<LedgerProblem> problems) {
            return new Outcome(null, null, null, problems, 0, true, false);
        }

        public static Outcome storedByHandler(int rows) {
            return new Outcome(null, null, null, List.of(), rows, false, true);
        }
    }
}
