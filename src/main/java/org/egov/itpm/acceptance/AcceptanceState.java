package org.egov.itpm.acceptance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where a project's acceptance stands, derived from its step log (oldest first). */
public record AcceptanceState(Status status, LocalDate completedOn, LocalDate appliedOn, LocalDate extensionRequestedOn,
                              List<AcceptanceStep> steps) {

    /** NOT_STARTED → COMPLETED → APPLIED → PASSED, or APPLIED → FAILED → RECTIFYING → APPLIED … */
    @org.eclipse.microprofile.graphql.Enum("AcceptanceStatus")
    public enum Status { NOT_STARTED, COMPLETED, APPLIED, FAILED, RECTIFYING, PASSED }

    public static AcceptanceState of(List<AcceptanceStep> steps) {
        Status status = Status.NOT_STARTED;
        for (AcceptanceStep s : steps) {
            switch (s.kind) {
                case COMPLETED -> status = status == Status.NOT_STARTED ? Status.COMPLETED : status;
                case APPLIED -> status = Status.APPLIED;
                case FINAL_ACCEPTANCE -> status = s.passed() ? Status.PASSED : Status.FAILED;
                case RECTIFICATION_PLAN -> status = Status.RECTIFYING;
                default -> { }
            }
        }
        return new AcceptanceState(status, first(steps, AcceptanceStep.Kind.COMPLETED),
                first(steps, AcceptanceStep.Kind.APPLIED), first(steps, AcceptanceStep.Kind.EXTENSION_REQUESTED),
                List.copyOf(steps));
    }

    /** Whether the latest step of {@code kind} passed. */
    public boolean passed(AcceptanceStep.Kind kind) {
        return latest(kind).map(AcceptanceStep::passed).orElse(false);
    }

    /** The date the latest extension request runs to (its {@code dueOn}). */
    public LocalDate extendedUntil() {
        return latest(AcceptanceStep.Kind.EXTENSION_REQUESTED).map(s -> s.dueOn).orElse(null);
    }

    /** The first application after the latest rectification plan, if any. */
    public LocalDate reappliedAfterRectificationOn() {
        int planSeq = latest(AcceptanceStep.Kind.RECTIFICATION_PLAN).map(s -> s.seq).orElse(Integer.MAX_VALUE);
        return steps.stream().filter(s -> s.kind == AcceptanceStep.Kind.APPLIED && s.seq > planSeq)
                .map(s -> s.onDate).findFirst().orElse(null);
    }

    public Optional<AcceptanceStep> latest(AcceptanceStep.Kind kind) {
        AcceptanceStep found = null;
        for (AcceptanceStep s : steps) {
            if (s.kind == kind) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    private static LocalDate first(List<AcceptanceStep> steps, AcceptanceStep.Kind kind) {
        return steps.stream().filter(s -> s.kind == kind).map(s -> s.onDate).findFirst().orElse(null);
    }
}
