package org.egov.itpm.security;

import static org.egov.itpm.security.Roles.AUTHORITY_APPROVER;
import static org.egov.itpm.security.Roles.AUTHORITY_REVIEWER;
import static org.egov.itpm.security.Roles.FINANCE_OFFICER;
import static org.egov.itpm.security.Roles.NDRC_APPROVER;
import static org.egov.itpm.security.Roles.UNIT_LEAD;
import static org.egov.itpm.security.Roles.UNIT_STAFF;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.egov.itpm.policy.Stage;

/** Which roles may move a project into each stage (docs/security.md, "Stage moves"). */
public final class StagePermissions {

    private static final Map<Stage, Set<String>> MOVE_INTO = new EnumMap<>(Stage.class);

    static {
        MOVE_INTO.put(Stage.LIBRARY, Set.of(UNIT_STAFF, UNIT_LEAD));
        MOVE_INTO.put(Stage.APPLIED, Set.of(UNIT_LEAD));
        MOVE_INTO.put(Stage.IN_REVIEW, Set.of(AUTHORITY_REVIEWER));
        MOVE_INTO.put(Stage.APPROVED, Set.of(AUTHORITY_APPROVER, NDRC_APPROVER));
        MOVE_INTO.put(Stage.FUNDED, Set.of(FINANCE_OFFICER, NDRC_APPROVER));
        MOVE_INTO.put(Stage.PROCUREMENT, Set.of(UNIT_LEAD));
        MOVE_INTO.put(Stage.CONSTRUCTION, Set.of(UNIT_LEAD));
        MOVE_INTO.put(Stage.TRIAL_RUN, Set.of(UNIT_LEAD));
        MOVE_INTO.put(Stage.PRELIMINARY_ACCEPTANCE, Set.of(UNIT_LEAD));
        MOVE_INTO.put(Stage.FINAL_ACCEPTANCE, Set.of(AUTHORITY_APPROVER));
        MOVE_INTO.put(Stage.OPERATION, Set.of(AUTHORITY_APPROVER));
        MOVE_INTO.put(Stage.DECOMMISSIONED, Set.of(AUTHORITY_APPROVER));
        MOVE_INTO.put(Stage.REJECTED, Set.of(AUTHORITY_REVIEWER, AUTHORITY_APPROVER));
        MOVE_INTO.put(Stage.WITHDRAWN, Set.of(UNIT_LEAD));
        MOVE_INTO.put(Stage.SUSPENDED, Set.of(UNIT_LEAD, AUTHORITY_APPROVER));
        MOVE_INTO.put(Stage.TERMINATED, Set.of(AUTHORITY_APPROVER));
    }

    private StagePermissions() {
    }

    /** Roles that may move a project into {@code stage}; resuming from SUSPENDED uses the SUSPENDED entry. */
    public static Set<String> rolesFor(Stage stage) {
        return MOVE_INTO.getOrDefault(stage, Set.of());
    }
}
