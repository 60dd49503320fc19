package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.egov.itpm.policy.Stage;
import org.egov.itpm.policy.facts.ProjectFactsBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Side-state moves and stage order, which no pack changes. */
class LifecycleMovesTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DRAFT,        WITHDRAWN,   true",
            "IN_REVIEW,    WITHDRAWN,   true",
            "APPROVED,     WITHDRAWN,   false",
            "IN_REVIEW,    REJECTED,    true",
            "DRAFT,        REJECTED,    false",
            "CONSTRUCTION, SUSPENDED,   true",
            "APPLIED,      SUSPENDED,   false",
            "OPERATION,    SUSPENDED,   false",
            "CONSTRUCTION, TERMINATED,  true",
            "SUSPENDED,    TERMINATED,  true",
            "DRAFT,        TERMINATED,  false",
            "WITHDRAWN,    APPLIED,     false",
            "TERMINATED,   CONSTRUCTION, false",
            "DRAFT,        APPROVED,    false",
            "CONSTRUCTION, APPLIED,     false",
            "OPERATION,    DECOMMISSIONED, true"})
    void shouldAllowOnlySensibleMoves(Stage from, Stage to, boolean allowed) {
        var facts = ProjectFactsBuilder.project("p", "370881").stage(from).suspendedFrom(Stage.CONSTRUCTION).build();

        Decision decision = StageGatePolicy.check(Fixtures.QUFU, facts, to);

        assertThat(decision.isAllowed()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(ApprovalGateTest.codes(decision)).containsExactly("TRANSITION_NOT_ALLOWED");
        }
    }

    @ParameterizedTest(name = "suspended at CONSTRUCTION resumes to {0}: {1}")
    @CsvSource({"CONSTRUCTION, true", "TRIAL_RUN, false", "APPROVED, false"})
    void shouldResumeOnlyWhereTheProjectWasSuspended(Stage to, boolean allowed) {
        var facts = ProjectFactsBuilder.project("p", "370881").stage(Stage.SUSPENDED).suspendedFrom(Stage.CONSTRUCTION).build();

        assertThat(StageGatePolicy.check(Fixtures.QUFU, facts, to).isAllowed()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}: DRAFT -> APPLIED skips the unused LIBRARY stage")
    @CsvSource({"jianshan-2024", "qufu-2024"})
    void shouldSkipAStageThePackSwitchesOff(String packId) {
        var pack = Fixtures.pack(packId);
        var facts = Fixtures.project(pack).stage(Stage.DRAFT)
                .documents(org.egov.itpm.policy.DocumentType.COLLECTIVE_DECISION_RECORD).build();

        assertThat(StageGatePolicy.check(pack, facts, Stage.APPLIED).isAllowed()).isTrue();
    }
}
