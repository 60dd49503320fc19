package org.egov.itpm.policy.rules;

import static org.egov.itpm.policy.Stage.APPLIED;
import static org.egov.itpm.policy.Stage.APPROVED;
import static org.egov.itpm.policy.Stage.DRAFT;
import static org.egov.itpm.policy.Stage.FINAL_ACCEPTANCE;
import static org.egov.itpm.policy.Stage.IN_REVIEW;
import static org.egov.itpm.policy.Stage.LIBRARY;
import static org.egov.itpm.policy.Stage.PRELIMINARY_ACCEPTANCE;
import static org.egov.itpm.policy.Stage.TRIAL_RUN;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.Pack;

/**
 * Which moves the lifecycle allows regardless of pack. Rules of the product, not of a regulation:
 * withdrawal only before approval (afterwards a project is terminated), rejection only while under
 * consideration, suspension and termination only between approval and final acceptance.
 */
final class Lifecycle {

    /** Stages a pack may switch off: skipped when the pack puts no requirement on them. */
    private static final Set<Stage> OPTIONAL = Set.of(LIBRARY, TRIAL_RUN, PRELIMINARY_ACCEPTANCE);

    private Lifecycle() {
    }

    /** The canonical stages entered on the way from {@code current} to {@code target}, or empty if not reachable. */
    static Optional<List<Stage>> forwardPath(Pack pack, Stage current, Stage target) {
        List<Stage> path = new ArrayList<>();
        Stage step = current.next();
        while (step != null) {
            path.add(step);
            if (step == target) {
                return Optional.of(path);
            }
            if (!isSwitchedOff(pack, step)) {
                return Optional.empty();
            }
            step = step.next();
        }
        return Optional.empty();
    }

    static boolean isSwitchedOff(Pack pack, Stage stage) {
        return OPTIONAL.contains(stage) && pack.requirements().stream().noneMatch(r -> r.gate() == stage);
    }

    /** Null when allowed, else the English reason. */
    static String sideMoveProblem(ProjectFacts facts, Stage target) {
        Stage current = facts.stage();
        boolean between = current.isCanonical() && current.ordinal() >= APPROVED.ordinal()
                && current.ordinal() <= FINAL_ACCEPTANCE.ordinal();
        return switch (target) {
            case WITHDRAWN -> current.isCanonical() && current.ordinal() <= IN_REVIEW.ordinal() ? null
                    : "only a project not yet approved can be withdrawn; terminate it instead";
            case REJECTED -> current == LIBRARY || current == APPLIED || current == IN_REVIEW ? null
                    : "only a project under consideration (LIBRARY, APPLIED, IN_REVIEW) can be rejected";
            case SUSPENDED -> between ? null : "only an approved project not yet finally accepted can be suspended";
            case TERMINATED -> between || current == Stage.SUSPENDED ? null
                    : "only an approved, not yet accepted or a suspended project can be terminated";
            default -> "not a side state: " + target;
        };
    }

    static boolean isBeforeApproval(Stage stage) {
        return stage == DRAFT || stage == LIBRARY || stage == APPLIED || stage == IN_REVIEW;
    }
}
