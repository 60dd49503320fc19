package org.egov.itpm.ledger.imports;

import org.egov.itpm.policy.Stage;

/**
 * Stages an imported project can be brought to by the import: the unit's own acts (入库, 申报), each through the
 * lifecycle service with its legal date. Later stages rest on acts of other parties (expert reviews, 批复, plans) that
 * are recorded through the API; a row in such a stage is refused (IMPORT_STAGE_NOT_IMPORTABLE, ADR 0014).
 */
final class ImportStages {

    static final Stage[] IMPORTABLE = {Stage.DRAFT, Stage.LIBRARY, Stage.APPLIED};

    private ImportStages() {
    }

    static boolean importable(Stage s) {
        return s == Stage.DRAFT || s == Stage.LIBRARY || s == Stage.APPLIED;
    }
}
