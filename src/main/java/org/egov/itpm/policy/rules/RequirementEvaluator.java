package org.egov.itpm.policy.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.egov.itpm.policy.ContractKind;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.PlatformFiling;
import org.egov.itpm.policy.facts.ContractFacts;
import org.egov.itpm.policy.facts.ProjectFacts;
import org.egov.itpm.policy.pack.DatedStep;
import org.egov.itpm.policy.pack.Fact;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.Requirement;

/** Decides whether a project meets one pack requirement: one case per requirement kind. */
final class RequirementEvaluator implements Requirement.Cases<List<Reason>> {

    /** Longest chain of ordered steps followed (guards against a cycle in a pack's {@code after}). */
    private static final int MAX_CHAIN = 8;

    private final Pack pack;
    private final ProjectFacts facts;
    private final LocalDate on;

    private RequirementEvaluator(Pack pack, ProjectFacts facts, LocalDate on) {
        this.pack = pack;
        this.facts = facts;
        this.on = on;
    }

    static boolean applies(Requirement r, ProjectFacts facts) {
        return r.when().matches(facts);
    }

    /**
     * Every unmet part of the requirement on {@code on} (null: time-based facts stay unproven): one reason per
     * contract lacking its document for a document per contract, else at most one reason. None when it does not apply.
     */
    static List<Reason> unmetAll(Pack pack, Requirement r, ProjectFacts facts, LocalDate on) {
        return applies(r, facts) ? r.accept(new RequirementEvaluator(pack, facts, on)) : List.of();
    }

    @Override
    public List<Reason> review(Requirement.ReviewPassed r) {
        return ordered(r);
    }

    @Override
    public List<Reason> approval(Requirement.ApprovalOnRecord r) {
        return ordered(r);
    }

    @Override
    public List<Reason> document(Requirement.DocumentPresent r) {
        return r.anyOf().stream().anyMatch(facts.documents()::contains) ? List.of()
                : List.of(RequirementText.missing("DOCUMENT_MISSING", r));
    }

    @Override
    public List<Reason> attestation(Requirement.AttestationConfirmed r) {
        return r.anyOf().stream().anyMatch(facts.attestations()::contains) ? List.of()
                : List.of(RequirementText.missing("ATTESTATION_MISSING", r));
    }

    @Override
    public List<Reason> exclusion(Requirement.NotExcluded r) {
        return r.grounds().stream().filter(facts.exclusionGrounds()::contains).findFirst()
                .map(g -> RequirementText.excluded(r, g.name())).stream().toList();
    }

    @Override
    public List<Reason> fact(Requirement.FactHolds r) {
        if (r.anyOf().stream().anyMatch(this::holds)) {
            return List.of();
        }
        Optional<Fact.TrialRunLasted> trialRun = r.anyOf().stream().filter(Fact.TrialRunLasted.class::isInstance)
                .map(Fact.TrialRunLasted.class::cast).findFirst();
        return List.of(trialRun.map(t -> RequirementText.trialRunTooShort(r, t.months()))
                .orElseGet(() -> RequirementText.missing(r.anyOf().get(0).check() + "_MISSING", r)));
    }

    @Override
    public List<Reason> contractDocument(Requirement.DocumentPerContract r) {
        return facts.contracts().stream().filter(c -> r.anyOf().stream().noneMatch(d -> hasDocument(c, d)))
                .map(c -> RequirementText.contractDocumentMissing(r, c)).toList();
    }

    private boolean holds(Fact fact) {
        return fact.accept(new Fact.Cases<>() {
            @Override
            public Boolean recorded(Fact.Recorded f) {
                return switch (f.check()) {
                    case LIBRARY_ENTRY -> facts.libraryEnteredOn() != null;
                    case APPROVED -> facts.approvedOn() != null;
                    case ANNUAL_PLAN -> facts.inAnnualPlan();
                    case RESPONSIBILITY_LETTER_FILED -> facts.responsibilityLetterFiledOn() != null;
                    case SUPERVISION_CONTRACT -> hasSigned(facts, c -> c.kind() == ContractKind.SUPERVISION);
                    case CONSTRUCTION_CONTRACT -> hasSigned(facts, c -> c.kind() == ContractKind.CONSTRUCTION);
                    case PROGRESS_FILED -> facts.platformFilings().contains(PlatformFiling.PROGRESS);
                    case PRELIMINARY_ACCEPTANCE_PASSED -> facts.preliminaryAcceptedOn() != null;
                    case TRIAL_RUN_MONTHS -> throw new IllegalStateException("a trial run is a TrialRunLasted fact");
                };
            }

            @Override
            public Boolean trialRun(Fact.TrialRunLasted f) {
                return trialRunLasted(facts, f.months(), on);
            }
        });
    }

    /**
     * A review or approval: the first alternative on record must come after its prerequisite. The order check
     * compares the LATEST act of the dependent step with the EARLIEST in-order act of the step it depends on: an
     * out-of-order act (e.g. a Jiangxi joint review before the expert evaluation, art.18) is cured by repeating it in
     * the right order, and an act with no prerequisite before it still fails.
     */
    private List<Reason> ordered(Requirement.Ordered r) {
        Optional<DatedStep> present = r.steps().stream().filter(s -> s.datesIn(facts).findAny().isPresent()).findFirst();
        if (present.isEmpty()) {
            return List.of(RequirementText.missing(r.kind() + "_MISSING", r));
        }
        if (r.after() == null) {
            return List.of();
        }
        Optional<LocalDate> before = earliestInOrder(r.after(), 0);
        Optional<LocalDate> own = present.get().datesIn(facts).max(LocalDate::compareTo);
        if (before.isEmpty() || own.isPresent() && own.get().isBefore(before.get())) {
            return List.of(RequirementText.outOfOrder(r, present.get().name(), r.after().name()));
        }
        return List.of();
    }

    /**
     * The earliest act of a prerequisite that is itself in order: on or after the earliest in-order act of its own
     * prerequisite, so a chain A, B after A, C after B cannot lean on a B held before A (e.g. a Qufu project approval,
     * art.16, before the only technical review held after the demand review, art.6). When the prerequisite has no
     * act in order, its own requirement reports that; the earliest act is used so the dependent step adds no noise.
     */
    private Optional<LocalDate> earliestInOrder(DatedStep step, int depth) {
        Optional<LocalDate> earliest = step.datesIn(facts).min(LocalDate::compareTo);
        Optional<DatedStep> prerequisiteStep = pack.requirements().stream()
                .filter(Requirement.Ordered.class::isInstance).map(Requirement.Ordered.class::cast)
                .filter(r -> r.after() != null && r.steps().contains(step) && applies(r, facts)).findFirst()
                .map(Requirement.Ordered::after);
        if (prerequisiteStep.isEmpty() || earliest.isEmpty() || depth >= MAX_CHAIN) {
            return earliest;
        }
        Optional<LocalDate> prerequisite = earliestInOrder(prerequisiteStep.get(), depth + 1);
        if (prerequisite.isEmpty()) {
            return earliest;
        }
        return step.datesIn(facts).filter(d -> !d.isBefore(prerequisite.get())).min(LocalDate::compareTo)
                .or(() -> earliest);
    }

    /** The trial run counts up to preliminary acceptance, else up to {@code on}; with neither it is unproven. */
    static boolean trialRunLasted(ProjectFacts facts, int months, LocalDate on) {
        LocalDate end = facts.preliminaryAcceptedOn() != null ? facts.preliminaryAcceptedOn() : on;
        if (facts.trialRunStartedOn() == null || end == null) {
            return false;
        }
        return !facts.trialRunStartedOn().plusMonths(months).isAfter(end);
    }

    static boolean hasDocument(ContractFacts c, DocumentType document) {
        return c.documents().contains(document);
    }

    static boolean hasSigned(ProjectFacts facts, Predicate<ContractFacts> kind) {
        return facts.contracts().stream().anyMatch(c -> kind.test(c) && c.signedOn() != null);
    }
}
