package org.egov.itpm.policy.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.facts.ContractFacts;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.After;
import org.egov.itpm.policy.pack.FactCheck;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.Requirement;
import org.egov.itpm.policy.pack.RequirementKind;

/** Decides whether a project meets one pack requirement. */
final class RequirementEvaluator {

    /** Longest chain of ordered steps followed (guards against a cycle in a pack's {@code after}). */
    private static final int MAX_CHAIN = 8;

    private RequirementEvaluator() {
    }

    static boolean applies(Requirement r, ProjectFacts facts) {
        return r.when().matches(facts);
    }

    /** The reason the requirement is unmet, or empty when it is met or does not apply. */
    static Optional<Reason> unmet(Pack pack, Requirement r, ProjectFacts facts, LocalDate on) {
        if (!applies(r, facts)) {
            return Optional.empty();
        }
        if (r.kind() == RequirementKind.EXCLUSION) {
            return r.anyOf().stream().filter(g -> facts.exclusionGrounds().stream().anyMatch(e -> e.name().equals(g)))
                    .findFirst().map(g -> RequirementText.reason("EXCLUDED", r, g));
        }
        Optional<String> present = r.anyOf().stream().filter(v -> holds(r, v, facts, on)).findFirst();
        if (present.isEmpty()) {
            return Optional.of(RequirementText.reason(missingCode(r), r, String.join("|", r.anyOf())));
        }
        if (r.after() != null) {
            RequirementKind afterKind = After.kind(r.kind(), r.after());
            String afterValue = After.value(r.after());
            Optional<LocalDate> before = earliestInOrder(pack, afterKind, afterValue, facts, 0);
            Optional<LocalDate> own = latest(r.kind(), present.get(), facts);
            if (before.isEmpty() || own.isPresent() && own.get().isBefore(before.get())) {
                return Optional.of(RequirementText.outOfOrder(r, present.get(), afterValue));
            }
        }
        return Optional.empty();
    }

    private static String missingCode(Requirement r) {
        if (r.kind() == RequirementKind.FACT) {
            return r.anyOf().contains(FactCheck.TRIAL_RUN_MONTHS.name()) ? "TRIAL_RUN_TOO_SHORT" : r.anyOf().get(0) + "_MISSING";
        }
        return r.kind().name() + "_MISSING";
    }

    private static boolean holds(Requirement r, String value, ProjectFacts facts, LocalDate on) {
        return switch (r.kind()) {
            case REVIEW, APPROVAL -> earliest(r.kind(), value, facts).isPresent();
            case DOCUMENT -> facts.documents().stream().anyMatch(d -> d.name().equals(value));
            case CONTRACT_DOCUMENT -> facts.contracts().stream().allMatch(c -> hasDocument(c, value));
            case ATTESTATION -> facts.attestations().stream().anyMatch(a -> a.name().equals(value));
            case EXCLUSION -> true;
            case FACT -> fact(FactCheck.valueOf(value), r.months(), facts, on);
        };
    }

    private static boolean fact(FactCheck check, Integer months, ProjectFacts facts, LocalDate on) {
        return switch (check) {
            case LIBRARY_ENTRY -> facts.libraryEnteredOn() != null;
            case APPROVED -> facts.approvedOn() != null;
            case ANNUAL_PLAN -> facts.inAnnualPlan();
            case RESPONSIBILITY_LETTER_FILED -> facts.responsibilityLetterFiledOn() != null;
            case SUPERVISION_CONTRACT -> hasSigned(facts, c -> c.kind() == ContractKind.SUPERVISION);
            case CONSTRUCTION_CONTRACT -> hasSigned(facts, c -> c.kind() == ContractKind.CONSTRUCTION);
            case TRIAL_RUN_MONTHS -> trialRunLasted(facts, months, on);
            case PROGRESS_FILED -> facts.platformFilings().contains(PlatformFiling.PROGRESS);
            case PRELIMINARY_ACCEPTANCE_PASSED -> facts.preliminaryAcceptedOn() != null;
        };
    }

    /** The trial run counts up to preliminary acceptance, else up to {@code on}; with neither it is unproven. */
    static boolean trialRunLasted(ProjectFacts facts, int months, LocalDate on) {
        LocalDate end = facts.preliminaryAcceptedOn() != null ? facts.preliminaryAcceptedOn() : on;
        if (facts.trialRunStartedOn() == null || end == null) {
            return false;
        }
        return !facts.trialRunStartedOn().plusMonths(months).isAfter(end);
    }

    /**
     * Every unmet part of the requirement: one reason per contract lacking its document for CONTRACT_DOCUMENT,
     * else the single reason of {@link #unmet}.
     */
    static List<Reason> unmetAll(Pack pack, Requirement r, ProjectFacts facts, LocalDate on) {
        if (r.kind() != RequirementKind.CONTRACT_DOCUMENT || !applies(r, facts)) {
            return unmet(pack, r, facts, on).stream().toList();
        }
        return facts.contracts().stream().filter(c -> r.anyOf().stream().noneMatch(v -> hasDocument(c, v)))
                .map(c -> RequirementText.contractDocumentMissing(r, c)).toList();
    }

    static boolean hasDocument(ContractFacts c, String value) {
        return c.documents().stream().anyMatch(d -> d.name().equals(value));
    }

    static boolean hasSigned(ProjectFacts facts, Predicate<ContractFacts> kind) {
        return facts.contracts().stream().anyMatch(c -> kind.test(c) && c.signedOn() != null);
    }

    /**
     * The order check of {@code after} compares the LATEST passing act of the dependent step with the EARLIEST of
     * the step it depends on: an out-of-order act (e.g. a Jiangxi joint review before the expert evaluation,
     * art.18) is cured by repeating it in the right order, and an act with no prerequisite before it still fails.
     */
    static Optional<LocalDate> earliest(RequirementKind kind, String value, ProjectFacts facts) {
        return datesOf(kind, value, facts).min(LocalDate::compareTo);
    }

    /**
     * The earliest act of a prerequisite that is itself in order: on or after the earliest in-order act of its own
     * prerequisite, so a chain A, B after A, C after B cannot lean on a B held before A (e.g. a Qufu project approval,
     * art.16, before the only technical review held after the demand review, art.6). When the prerequisite has no
     * act in order, its own requirement reports that; the earliest act is used so the dependent step adds no noise.
     */
    private static Optional<LocalDate> earliestInOrder(Pack pack, RequirementKind kind, String value, ProjectFacts facts,
                                                       int depth) {
        Optional<LocalDate> earliest = earliest(kind, value, facts);
        Optional<Requirement> own = pack.requirements().stream().filter(r -> r.kind() == kind && r.after() != null
                && r.anyOf().contains(value) && applies(r, facts)).findFirst();
        if (own.isEmpty() || earliest.isEmpty() || depth >= MAX_CHAIN) {
            return earliest;
        }
        String after = own.get().after();
        Optional<LocalDate> prerequisite = earliestInOrder(pack, After.kind(kind, after), After.value(after), facts,
                depth + 1);
        if (prerequisite.isEmpty()) {
            return earliest;
        }
        return datesOf(kind, value, facts).filter(d -> !d.isBefore(prerequisite.get())).min(LocalDate::compareTo)
                .or(() -> earliest);
    }

    static Optional<LocalDate> latest(RequirementKind kind, String value, ProjectFacts facts) {
        return datesOf(kind, value, facts).max(LocalDate::compareTo);
    }

    private static Stream<LocalDate> datesOf(RequirementKind kind, String value, ProjectFacts facts) {
        if (kind == RequirementKind.REVIEW) {
            return facts.reviews().stream().filter(rv -> rv.type().name().equals(value)).map(rv -> rv.concludedOn());
        }
        return facts.approvals().stream().filter(a -> a.kind().name().equals(value)).map(a -> a.issuedOn());
    }
}
