package org.egov.itpm.project;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.egov.itpm.policy.Stage;

/**
 * Stages entered only through the operation that performs their act (one path per act): the generic
 * {@code advanceStage} refuses them and names the operation, so no gate, date or binding can be skipped.
 */
public final class StageActs {

    private static final Map<Stage, String> DEDICATED = new EnumMap<>(Stage.class);

    static {
        DEDICATED.put(Stage.DRAFT, "createProject");
        DEDICATED.put(Stage.LIBRARY, "submitToLibrary");
        DEDICATED.put(Stage.APPLIED, "applyProject");
        DEDICATED.put(Stage.IN_REVIEW, "openReview");
        DEDICATED.put(Stage.PRELIMINARY_ACCEPTANCE, "passPreliminaryAcceptance");
        DEDICATED.put(Stage.FINAL_ACCEPTANCE, "concludeFinalAcceptance");
        DEDICATED.put(Stage.DECOMMISSIONED, "decommissionProject");
    }

    private StageActs() {
    }

    /** The GraphQL operation that owns moves into {@code stage}, if one does. */
    public static Optional<String> dedicatedOperation(Stage stage) {
        return Optional.ofNullable(DEDICATED.get(stage));
    }
}
