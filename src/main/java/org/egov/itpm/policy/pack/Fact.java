package org.egov.itpm.policy.pack;

/**
 * A fact about a project's history that a FACT requirement asks for, with the parameters it needs: only the trial
 * run carries one ({@code months}, e.g. jiangxi-2024 art.30). Evaluators dispatch through {@link Cases}.
 */
public sealed interface Fact {

    /** The fact's name in the pack JSON. */
    FactCheck check();

    <R> R accept(Cases<R> cases);

    /** One method per kind. */
    interface Cases<R> {
        R recorded(Recorded fact);

        R trialRun(TrialRunLasted fact);
    }

    /** A fact that is on record or not; {@code check} is any {@link FactCheck} but TRIAL_RUN_MONTHS. */
    record Recorded(FactCheck check) implements Fact {
        public Recorded {
            if (check == FactCheck.TRIAL_RUN_MONTHS) {
                throw new IllegalArgumentException("TRIAL_RUN_MONTHS needs months: use TrialRunLasted");
            }
        }
        public <R> R accept(Cases<R> cases) { return cases.recorded(this); }
    }

    /** The trial run has lasted at least {@code months}. */
    record TrialRunLasted(int months) implements Fact {
        public FactCheck check() { return FactCheck.TRIAL_RUN_MONTHS; }
        public <R> R accept(Cases<R> cases) { return cases.trialRun(this); }
    }
}
