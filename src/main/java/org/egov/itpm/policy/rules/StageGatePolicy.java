package org.egov.itpm.policy.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.DeadlineRule;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.Requirement;

/** May a project move to a stage? Returns every unmet reason at once. */
public final class StageGatePolicy {

    private StageGatePolicy() {
    }

    /** As {@link #check(Pack, ProjectFacts, Stage, LocalDate)} without a transition date (time-based gates stay unproven). */
    public static Decision check(Pack pack, ProjectFacts facts, Stage target) {
        return check(pack, facts, target, null);
    }

    /** Checks the move of {@code facts.stage()} to {@code target} on day {@code on}. */
    public static Decision check(Pack pack, ProjectFacts facts, Stage target, LocalDate on) {
        Stage current = facts.stage();
        if (current.isClosed()) {
            return Decision.of(List.of(notAllowed(current, target, "the project is closed (" + current + ")")));
        }
        if (!target.isCanonical()) {
            String problem = Lifecycle.sideMoveProblem(facts, target);
            return Decision.of(problem == null ? List.of() : List.of(notAllowed(current, target, problem)));
        }
        if (current == Stage.SUSPENDED) {
            return Decision.of(target == facts.stageBeforeSuspension() ? List.of()
                    : List.of(notAllowed(current, target, "a suspended project resumes at " + facts.stageBeforeSuspension())));
        }
        Optional<List<Stage>> path = Lifecycle.forwardPath(pack, current, target);
        if (path.isEmpty()) {
            return Decision.of(List.of(notAllowed(current, target, "stages advance one at a time along the lifecycle")));
        }
        return Decision.of(unmetFor(pack, facts, path.get(), on));
    }

    /** Every unmet requirement of the stages on {@code path}. */
    static List<Reason> unmetFor(Pack pack, ProjectFacts facts, List<Stage> path, LocalDate on) {
        List<Reason> reasons = new ArrayList<>();
        for (Stage stage : path) {
            for (Requirement r : gateRequirements(pack, stage)) {
                reasons.addAll(RequirementEvaluator.unmetAll(pack, r, facts, on));
            }
            if (stage == Stage.APPROVED) {
                libraryExpiry(pack, facts, on).ifPresent(reasons::add);
            }
        }
        return reasons;
    }

    static List<Requirement> gateRequirements(Pack pack, Stage stage) {
        List<Requirement> all = new ArrayList<>(pack.requirements().stream().filter(r -> r.gate() == stage).toList());
        all.addAll(pack.acceptanceDocuments().stream().filter(r -> r.gate() == stage).toList());
        return all;
    }

    private static Optional<Reason> libraryExpiry(Pack pack, ProjectFacts facts, LocalDate on) {
        if (facts.libraryEnteredOn() == null || on == null) {
            return Optional.empty();
        }
        for (DeadlineRule.LibraryValidity rule : DeadlineRule.ofKind(pack.deadlines(), DeadlineRule.LibraryValidity.class)) {
            if (on.isAfter(facts.libraryEnteredOn().plusYears(rule.years()))) {
                String where = " (" + rule.cite().render() + ")";
                return Optional.of(new Reason("LIBRARY_ENTRY_EXPIRED", rule.code(), rule.cite(),
                        "Library entry of " + facts.libraryEnteredOn() + " was valid for " + rule.years() + " years" + where,
                        "入库（" + facts.libraryEnteredOn() + "）有效期" + rule.years() + "年已过" + where));
            }
        }
        return Optional.empty();
    }

    private static Reason notAllowed(Stage from, Stage to, String why) {
        return new Reason("TRANSITION_NOT_ALLOWED", "lifecycle", null,
                "Cannot move from " + from + " to " + to + ": " + why,
                "不能从" + from + "转为" + to + "：" + why);
    }
}
