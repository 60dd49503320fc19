package org.egov.itpm.policy.rules;

import java.time.LocalDate;
import java.util.List;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.Pack;

/** What a project still lacks for its next canonical stage (skipping stages the pack switches off). */
public final class NextStepsPolicy {

    private NextStepsPolicy() {
    }

    public static List<OpenStep> nextSteps(Pack pack, ProjectFacts facts) {
        return nextSteps(pack, facts, null);
    }

    /** {@code today} lets time-based gates (trial-run length, library validity) be judged. */
    public static List<OpenStep> nextSteps(Pack pack, ProjectFacts facts, LocalDate today) {
        Stage current = facts.stage() == Stage.SUSPENDED ? facts.stageBeforeSuspension() : facts.stage();
        if (current == null || !current.isCanonical()) {
            return List.of();
        }
        Stage target = current.next();
        while (target != null && Lifecycle.isSwitchedOff(pack, target) && target.next() != null) {
            target = target.next();
        }
        if (target == null) {
            return List.of();
        }
        List<Stage> path = Lifecycle.forwardPath(pack, current, target).orElse(List.of(target));
        Stage gate = target;
        return StageGatePolicy.unmetFor(pack, facts, path, today).stream().map(r -> new OpenStep(gate, r)).toList();
    }
}
