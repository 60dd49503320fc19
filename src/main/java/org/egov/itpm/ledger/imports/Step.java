package org.egov.itpm.ledger.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A checked row of the acts, approvals, contracts or funding sheet, waiting to be recorded for its project in legal
 * order ({@link Timeline}). {@code on} is its legal date (null for a funding entry: the API gives it none);
 * {@code rank} orders the steps of one date; a refusal of the act's service is placed at {@code column} (or at the
 * field the service names when it is a column of the sheet).
 */
record Step(ImportRow row, String projectKey, LocalDate on, int rank, String column, List<String> keys,
            Recorder recorder) {

    /** 批复 first: 立项 rests on them. */
    static final int APPROVAL = 0;
    /** Acts up to 立项 and the side acts of a project under consideration. */
    static final int EARLY_ACT = 1;
    /** 资金下达 and 采购: funding entries come before them. */
    static final int FUNDING_ACT = 2;
    /** Contracts are registered from PROCUREMENT on; 开工 rests on the 监理 contract. */
    static final int CONTRACT = 3;
    static final int LATE_ACT = 4;

    /** What recording a step did. */
    enum Outcome { CREATED, UNCHANGED, REFUSED }

    /**
     * Records the row's act for the project: UNCHANGED when it is already on record (a re-import, whoever imports
     * it), REFUSED with the row's problem recorded (e.g. an act the importer's role does not perform).
     */
    @FunctionalInterface
    interface Recorder {
        Outcome record(UUID projectId);
    }

    /** Funding entries go before the first step from 资金下达 on. */
    boolean needsFunding() {
        return rank >= FUNDING_ACT;
    }
}
