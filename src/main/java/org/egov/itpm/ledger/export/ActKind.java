package org.egov.itpm.ledger.export;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.security.Roles;
import org.egov.itpm.security.StagePermissions;

/**
 * The acts of the 行为 sheet, each recorded by the operation the API has for it (docs/ledger.md "Acts"), by the roles
 * that perform it. A stage act moves the project into {@link #stage}; {@link #RESUMED} leaves SUSPENDED; completion
 * and the acceptance application are steps of the acceptance without a stage. Acts of other parties' processes
 * (the review panel's IN_REVIEW, DECOMMISSIONED with its kind) are exported but not importable.
 */
public enum ActKind {
    LIBRARY(Stage.LIBRARY, "submitToLibrary", false),
    APPLIED(Stage.APPLIED, "applyProject", false),
    IN_REVIEW(Stage.IN_REVIEW, null, false),
    APPROVED(Stage.APPROVED, "advanceStage", false),
    FUNDED(Stage.FUNDED, "advanceStage", false),
    PROCUREMENT(Stage.PROCUREMENT, "advanceStage", false),
    CONSTRUCTION(Stage.CONSTRUCTION, "advanceStage", false),
    TRIAL_RUN(Stage.TRIAL_RUN, "advanceStage", false),
    COMPLETED(null, "recordCompletion", false),
    PRELIMINARY_ACCEPTANCE(Stage.PRELIMINARY_ACCEPTANCE, "passPreliminaryAcceptance", false),
    ACCEPTANCE_APPLIED(null, "applyForFinalAcceptance", false),
    FINAL_ACCEPTANCE(Stage.FINAL_ACCEPTANCE, "concludeFinalAcceptance", true),
    OPERATION(Stage.OPERATION, "advanceStage", false),
    DECOMMISSIONED(Stage.DECOMMISSIONED, null, true),
    SUSPENDED(Stage.SUSPENDED, "suspendProject", true),
    RESUMED(null, "resumeProject", true),
    WITHDRAWN(Stage.WITHDRAWN, "withdrawProject", true),
    REJECTED(Stage.REJECTED, "rejectProject", true),
    TERMINATED(Stage.TERMINATED, "terminateProject", true);

    /** The stage the act moves the project into, or null. */
    public final Stage stage;
    /** The GraphQL operation that records the act, or null when the import does not record it. */
    public final String operation;
    public final boolean needsReason;

    ActKind(Stage stage, String operation, boolean needsReason) {
        this.stage = stage;
        this.operation = operation;
        this.needsReason = needsReason;
    }

    public boolean importable() {
        return operation != null;
    }

    /** The roles that perform the act: those of its stage move, or of its operation. */
    public Set<String> roles() {
        return switch (this) {
            case RESUMED -> StagePermissions.rolesFor(Stage.SUSPENDED);
            case COMPLETED, ACCEPTANCE_APPLIED -> Set.of(Roles.UNIT_STAFF, Roles.UNIT_LEAD);
            default -> StagePermissions.rolesFor(stage);
        };
    }

    /** The act of a recorded move: the move into its stage, or RESUMED for a move out of SUSPENDED. */
    public static ActKind of(Stage from, Stage to) {
        if (from == Stage.SUSPENDED && to != Stage.TERMINATED) {
            return RESUMED;
        }
        return Arrays.stream(values()).filter(k -> k.stage == to).findFirst().orElseThrow();
    }

    /** The values of the template's drop-down. */
    public static List<String> importableNames() {
        return Arrays.stream(values()).filter(ActKind::importable).map(Enum::name).toList();
    }
}
