package org.egov.itpm.policy.pack;

import java.util.ArrayList;
import java.util.List;
import org.egov.itpm.policy.ApprovalKind;
import org.egov.itpm.policy.Attestation;
import org.egov.itpm.policy.DocumentType;
import org.egov.itpm.policy.ExclusionGround;
import org.egov.itpm.policy.ReviewType;
import org.egov.itpm.policy.Stage;

/**
 * One thing a project must have before it may enter {@code gate} (also an acceptance document or an O&M funding
 * condition). Each kind carries exactly its own parameters, its alternatives typed by its vocabulary (one suffices);
 * evaluators dispatch through {@link Cases}, so a new kind is a record here, its {@link RequirementKind} name and a
 * parser case, and the compiler then asks every evaluator for it.
 */
public sealed interface Requirement {

    String code();

    Stage gate();

    /** When the requirement applies ({@link Condition#ALWAYS} unless the pack narrows it). */
    Condition when();

    Citation cite();

    /** The kind's name in the pack JSON. */
    RequirementKind kind();

    /** The alternatives' names as in the pack JSON ({@code anyOf}), in pack order. */
    List<String> alternatives();

    <R> R accept(Cases<R> cases);

    /** The kind's parameters besides gate and alternatives ({@code after}, {@code months}). */
    default List<RuleParameter> own() {
        return List.of();
    }

    /** The parameters as data, for the API and the docs: gate, the alternatives, the kind's own, the condition. */
    default List<RuleParameter> parameters() {
        List<RuleParameter> out = new ArrayList<>();
        out.add(RuleParameter.stage("gate", gate()));
        out.add(RuleParameter.list("anyOf", alternatives()));
        out.addAll(own());
        out.addAll(when().parameters());
        return out;
    }

    /** One method per kind. */
    interface Cases<R> {
        R review(ReviewPassed r);

        R approval(ApprovalOnRecord r);

        R document(DocumentPresent r);

        R attestation(AttestationConfirmed r);

        R exclusion(NotExcluded r);

        R fact(FactHolds r);

        R contractDocument(DocumentPerContract r);
    }

    /** A requirement met by a dated act, which may have to come {@code after} another (null: in any order). */
    sealed interface Ordered extends Requirement {

        /** The alternatives as dated steps, in pack order. */
        List<DatedStep> steps();

        DatedStep after();

        @Override
        default List<RuleParameter> own() {
            return after() == null ? List.of() : List.of(RuleParameter.code("after", after().render(kind())));
        }
    }

    /** One of {@code anyOf} passed, after {@code after} where set (e.g. jiangxi-2024 art.18 joint review). */
    record ReviewPassed(String code, Stage gate, List<ReviewType> anyOf, DatedStep after, Condition when, Citation cite)
            implements Ordered {
        public ReviewPassed {
            anyOf = List.copyOf(anyOf);
        }
        public RequirementKind kind() { return RequirementKind.REVIEW; }
        public List<String> alternatives() { return names(anyOf); }
        public List<DatedStep> steps() { return anyOf.stream().<DatedStep>map(DatedStep.Review::new).toList(); }
        public <R> R accept(Cases<R> cases) { return cases.review(this); }
    }

    /** One of {@code anyOf} on record, issued after {@code after} where set (e.g. qufu-2024 art.16). */
    record ApprovalOnRecord(String code, Stage gate, List<ApprovalKind> anyOf, DatedStep after, Condition when,
                            Citation cite) implements Ordered {
        public ApprovalOnRecord {
            anyOf = List.copyOf(anyOf);
        }
        public RequirementKind kind() { return RequirementKind.APPROVAL; }
        public List<String> alternatives() { return names(anyOf); }
        public List<DatedStep> steps() { return anyOf.stream().<DatedStep>map(DatedStep.Approval::new).toList(); }
        public <R> R accept(Cases<R> cases) { return cases.approval(this); }
    }

    /** One of {@code anyOf} in the project's documents. */
    record DocumentPresent(String code, Stage gate, List<DocumentType> anyOf, Condition when, Citation cite)
            implements Requirement {
        public DocumentPresent {
            anyOf = List.copyOf(anyOf);
        }
        public RequirementKind kind() { return RequirementKind.DOCUMENT; }
        public List<String> alternatives() { return names(anyOf); }
        public <R> R accept(Cases<R> cases) { return cases.document(this); }
    }

    /** One of {@code anyOf} confirmed by the unit. */
    record AttestationConfirmed(String code, Stage gate, List<Attestation> anyOf, Condition when, Citation cite)
            implements Requirement {
        public AttestationConfirmed {
            anyOf = List.copyOf(anyOf);
        }
        public RequirementKind kind() { return RequirementKind.ATTESTATION; }
        public List<String> alternatives() { return names(anyOf); }
        public <R> R accept(Cases<R> cases) { return cases.attestation(this); }
    }

    /** None of {@code grounds} (the JSON's {@code anyOf}) applies (e.g. baotou-2024 不予申报 grounds). */
    record NotExcluded(String code, Stage gate, List<ExclusionGround> grounds, Condition when, Citation cite)
            implements Requirement {
        public NotExcluded {
            grounds = List.copyOf(grounds);
        }
        public RequirementKind kind() { return RequirementKind.EXCLUSION; }
        public List<String> alternatives() { return names(grounds); }
        public <R> R accept(Cases<R> cases) { return cases.exclusion(this); }
    }

    /** One of {@code anyOf} holds. */
    record FactHolds(String code, Stage gate, List<Fact> anyOf, Condition when, Citation cite) implements Requirement {
        public FactHolds {
            anyOf = List.copyOf(anyOf);
        }
        public RequirementKind kind() { return RequirementKind.FACT; }
        public List<String> alternatives() { return anyOf.stream().map(f -> f.check().name()).toList(); }
        /** The trial run's length, where one of the alternatives is the trial run. */
        public List<RuleParameter> own() {
            return anyOf.stream().filter(Fact.TrialRunLasted.class::isInstance).map(Fact.TrialRunLasted.class::cast)
                    .map(t -> RuleParameter.months("months", t.months())).limit(1).toList();
        }
        public <R> R accept(Cases<R> cases) { return cases.fact(this); }
    }

    /** Every contract has one of {@code anyOf} linked to it (e.g. qufu-2024 art.34 合同履约验收报告). */
    record DocumentPerContract(String code, Stage gate, List<DocumentType> anyOf, Condition when, Citation cite)
            implements Requirement {
        public DocumentPerContract {
            anyOf = List.copyOf(anyOf);
        }
        public RequirementKind kind() { return RequirementKind.CONTRACT_DOCUMENT; }
        public List<String> alternatives() { return names(anyOf); }
        public <R> R accept(Cases<R> cases) { return cases.contractDocument(this); }
    }

    private static List<String> names(List<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).toList();
    }
}
