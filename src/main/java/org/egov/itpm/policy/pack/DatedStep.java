package org.egov.itpm.policy.pack;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.facts.ProjectFacts;

/**
 * An act with a date that a gate can order others against ({@code after}): a passed review or an approval on
 * record. In the pack JSON it is {@code VALUE} of the requirement's own kind or {@code REVIEW:X} / {@code APPROVAL:X}
 * across kinds (e.g. qufu-2024 art.16, the project approval after the technical review).
 */
public sealed interface DatedStep {

    /** The requirement kind whose vocabulary names the step. */
    RequirementKind kind();

    /** The vocabulary constant's name. */
    String name();

    /** The dates on which the project did this step (a review may be held more than once). */
    Stream<LocalDate> datesIn(ProjectFacts facts);

    /** As written in the pack JSON by a requirement of kind {@code own}: bare within its own kind. */
    default String render(RequirementKind own) {
        return own == kind() ? name() : kind() + ":" + name();
    }

    record Review(ReviewType type) implements DatedStep {
        public RequirementKind kind() { return RequirementKind.REVIEW; }
        public String name() { return type.name(); }
        public Stream<LocalDate> datesIn(ProjectFacts facts) {
            return facts.reviews().stream().filter(r -> r.type() == type).map(r -> r.concludedOn())
                    .filter(java.util.Objects::nonNull); // an act without its legal date cannot be ordered
        }
    }

    record Approval(ApprovalKind approval) implements DatedStep {
        public RequirementKind kind() { return RequirementKind.APPROVAL; }
        public String name() { return approval.name(); }
        public Stream<LocalDate> datesIn(ProjectFacts facts) {
            return facts.approvals().stream().filter(a -> a.kind() == approval).map(a -> a.issuedOn())
                    .filter(java.util.Objects::nonNull);
        }
    }
}
