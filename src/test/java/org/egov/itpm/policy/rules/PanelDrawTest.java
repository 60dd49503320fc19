package org.egov.itpm.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.egov.itpm.policy.ExpertField;
import org.egov.itpm.policy.rules.PanelCandidates.Avoid;
import org.egov.itpm.policy.rules.PanelCandidates.Exclusion;
import org.egov.itpm.policy.rules.PanelCandidates.PoolExpert;
import org.junit.jupiter.api.Test;

/**
 * The panel draw (专家抽取, ADR 0011) as a pure function: reproducible from its seed, never drawing an excluded expert
 * (回避), and fair among the eligible ones. Regulations: Jiangxi art.18 (experts from the pool), Jianshan item 3,
 * Baotou art.11, Qufu art.16.
 */
class PanelDrawTest {

    static final String UNIT = "11370881004123456F", PARTNER = "11370881004234567T", OTHER = "12370881MB01000018";

    /** A pool of 14 with each exclusion ground represented; 8 eligible. */
    static final List<PoolExpert> POOL = List.of(
            expert("e01", OTHER, true, ExpertField.SOFTWARE),
            expert("e02", OTHER, true, ExpertField.DATA),
            expert("e03", OTHER, true, ExpertField.SOFTWARE, ExpertField.SECURITY),
            expert("e04", OTHER, true, ExpertField.DATA, ExpertField.INVESTMENT),
            expert("e05", null, true, ExpertField.SOFTWARE),
            expert("e06", OTHER, true, ExpertField.SOFTWARE),
            expert("e07", OTHER, true, ExpertField.DATA),
            expert("e08", OTHER, true, ExpertField.SOFTWARE),
            expert("x-unavailable", OTHER, false, ExpertField.SOFTWARE),
            expert("x-field", OTHER, true, ExpertField.CRYPTOGRAPHY),
            expert("x-unit", UNIT, true, ExpertField.SOFTWARE),
            expert("x-partner", PARTNER, true, ExpertField.DATA),
            expert("x-conflict", OTHER, true, ExpertField.SOFTWARE),
            expert("x-cooldown", OTHER, true, ExpertField.SOFTWARE),
            expert("x-seated", OTHER, true, ExpertField.SOFTWARE));

    static final Avoid AVOID = new Avoid(Set.of(ExpertField.SOFTWARE, ExpertField.DATA), UNIT, Set.of(PARTNER),
            Set.of("x-seated"), Set.of("x-conflict"), Set.of("x-cooldown"));

    static final List<String> ELIGIBLE = List.of("e01", "e02", "e03", "e04", "e05", "e06", "e07", "e08");

    @Test
    void shouldExcludeEveryGroundOnceAndKeepTheOthersSorted() {
        PanelCandidates.Selection s = PanelCandidates.select(POOL, AVOID);
        assertThat(s.candidates()).isEqualTo(ELIGIBLE);
        assertThat(s.excluded()).containsExactlyInAnyOrderEntriesOf(Map.of(Exclusion.ALREADY_IN_ROUND, 1,
                Exclusion.UNAVAILABLE, 1, Exclusion.NO_MATCHING_FIELD, 1, Exclusion.APPLYING_UNIT, 1,
                Exclusion.PARTICIPANT, 1, Exclusion.CONFLICT_DECLARED, 1, Exclusion.COOLDOWN, 1));
    }

    @Test
    void shouldDrawAnExpertOfTheApplyingUnitOnlyWhenNothingAvoidsIt() {
        Avoid nothing = new Avoid(Set.of(ExpertField.values()), null, Set.of(), Set.of(), Set.of(), Set.of());
        assertThat(PanelCandidates.select(POOL, nothing).candidates()).contains("x-unit", "x-partner", "x-conflict")
                .doesNotContain("x-unavailable");
    }

    @Test
    void aFixedSeedGivesTheSamePanelAndReservesEveryTime() {
        PanelDraw.Result first = PanelDraw.draw(ELIGIBLE, 20261202L, 3, 2);
        assertThat(PanelDraw.draw(ELIGIBLE, 20261202L, 3, 2)).isEqualTo(first);
        // Pinned (and replayed independently by tools/replay_panel_draw.py): a change of the algorithm would make
        // stored draws unreplayable (ADR 0011).
        assertThat(first.panel()).containsExactly("e06", "e08", "e03");
        assertThat(first.reserves()).containsExactly("e02", "e01");
        assertThat(PanelDraw.draw(ELIGIBLE, 20261203L, 3, 2)).isNotEqualTo(first);
    }

    @Test
    void shouldGiveFewerReservesWhenTheCandidatesRunOutButNeverFewerSeats() {
        PanelDraw.Result r = PanelDraw.draw(List.of("a", "b", "c"), 7L, 2, 5);
        assertThat(r.panel()).hasSize(2);
        assertThat(r.reserves()).hasSize(1);
        assertThat(new HashSet<>(concat(r.panel(), r.reserves()))).containsExactlyInAnyOrder("a", "b", "c");
        assertThatThrownBy(() -> PanelDraw.draw(List.of("a"), 7L, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PanelDraw.draw(List.of("b", "a"), 7L, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * 1,000 draws with seeds 1..1000 (deterministic: the test cannot flake) of 3 seats and 2 reserves from the pool
     * above: no excluded expert is ever drawn, and each of the 8 eligible experts sits on the panel about equally
     * often. Chi-square goodness of fit against the uniform expectation 1000 × 3 / 8 = 375 per expert:
     * statistic = Σ (observed − 375)² / 375, degrees of freedom = 8 − 1 = 7, critical value at p = 0.001 = 24.322.
     * (Drawing without replacement makes the counts less dispersed than multinomial, so the test is conservative.)
     */
    @Test
    void overAThousandSeededDrawsNoExcludedExpertIsDrawnAndTheEligibleAreDrawnEqually() {
        Map<String, Integer> seats = new TreeMap<>();
        ELIGIBLE.forEach(e -> seats.put(e, 0));
        Set<String> excluded = new HashSet<>(POOL.stream().map(PoolExpert::username).toList());
        ELIGIBLE.forEach(excluded::remove);
        for (long seed = 1; seed <= 1000; seed++) {
            PanelDraw.Result r = PanelDraw.draw(PanelCandidates.select(POOL, AVOID).candidates(), seed, 3, 2);
            assertThat(concat(r.panel(), r.reserves())).doesNotContainAnyElementsOf(excluded).doesNotHaveDuplicates();
            r.panel().forEach(e -> seats.merge(e, 1, Integer::sum));
        }
        double expected = 1000 * 3 / 8.0;
        double chiSquare = seats.values().stream().mapToDouble(o -> (o - expected) * (o - expected) / expected).sum();
        int degreesOfFreedom = ELIGIBLE.size() - 1;
        double criticalAtP001 = 24.322;
        assertThat(degreesOfFreedom).isEqualTo(7);
        assertThat(chiSquare).as("chi-square %.3f (df %d) of seat counts %s", chiSquare, degreesOfFreedom, seats)
                .isLessThan(criticalAtP001);
        assertThat(seats.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3000);
    }

    @Test
    void theFirstReserveIsEveryEligibleExpertAboutEquallyOften() {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (long seed = 1; seed <= 1000; seed++) {
            first.merge(PanelDraw.draw(ELIGIBLE, seed, 3, 2).reserves().get(0), 1, Integer::sum);
        }
        double expected = 1000 / 8.0;
        double chiSquare = first.values().stream().mapToDouble(o -> (o - expected) * (o - expected) / expected).sum();
        assertThat(first).hasSize(8);
        assertThat(chiSquare).as("chi-square (df 7, critical 24.322 at p = 0.001) of %s", first).isLessThan(24.322);
    }

    private static PoolExpert expert(String username, String employer, boolean available, ExpertField... fields) {
        return new PoolExpert(username, Set.of(fields), employer == null ? Set.of() : Set.of(employer), available);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
