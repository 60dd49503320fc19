package org.egov.itpm.policy.rules;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.egov.itpm.policy.ExpertField;

/**
 * Who may be drawn for a panel (回避, ADR 0011): the jurisdiction's pool minus every expert with an exclusion
 * ground. An expert with several grounds is counted once, under the first ground in {@link Exclusion} order.
 */
public final class PanelCandidates {

    /** Why a pool expert is not a candidate, in the order grounds are checked. */
    public enum Exclusion {
        /** Already holds a seat in this round (any state, declined included). */
        ALREADY_IN_ROUND,
        /** {@code expert_available} is false. */
        UNAVAILABLE,
        /** None of the expert's fields is among the draw's fields. */
        NO_MATCHING_FIELD,
        /** Works for the applying unit. */
        APPLYING_UNIT,
        /** Works for a participant organisation of the project. */
        PARTICIPANT,
        /** Declared a conflict of interest for this project. */
        CONFLICT_DECLARED,
        /** Sat on a panel of the same unit's projects within the cool-down period. */
        COOLDOWN
    }

    /** A pool expert as the draw sees it: fields, employer credit codes and availability. */
    public record PoolExpert(String username, Set<ExpertField> fields, Set<String> organisationCodes,
                             boolean available) {
    }

    /** What the draw must avoid for one round. */
    public record Avoid(Set<ExpertField> fields, String applyingUnit, Set<String> participants,
                        Set<String> inRound, Set<String> conflicted, Set<String> coolingDown) {
    }

    /** The candidates, sorted by username and distinct, and how many pool experts each ground excluded. */
    public record Selection(List<String> candidates, Map<Exclusion, Integer> excluded) {
        public int excludedTotal() {
            return excluded.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private PanelCandidates() {
    }

    public static Selection select(Collection<PoolExpert> pool, Avoid avoid) {
        Map<Exclusion, Integer> excluded = new EnumMap<>(Exclusion.class);
        List<String> candidates = pool.stream().filter(e -> {
            Exclusion ground = ground(e, avoid);
            if (ground != null) {
                excluded.merge(ground, 1, Integer::sum);
            }
            return ground == null;
        }).map(PoolExpert::username).distinct().sorted().toList();
        return new Selection(candidates, Map.copyOf(excluded));
    }

    /** The first ground that excludes {@code e}, or null when it is a candidate. */
    public static Exclusion ground(PoolExpert e, Avoid avoid) {
        if (avoid.inRound().contains(e.username())) {
            return Exclusion.ALREADY_IN_ROUND;
        }
        if (!e.available()) {
            return Exclusion.UNAVAILABLE;
        }
        if (e.fields().stream().noneMatch(avoid.fields()::contains)) {
            return Exclusion.NO_MATCHING_FIELD;
        }
        if (avoid.applyingUnit() != null && e.organisationCodes().contains(avoid.applyingUnit())) {
            return Exclusion.APPLYING_UNIT;
        }
        if (e.organisationCodes().stream().anyMatch(avoid.participants()::contains)) {
            return Exclusion.PARTICIPANT;
        }
        if (avoid.conflicted().contains(e.username())) {
            return Exclusion.CONFLICT_DECLARED;
        }
        if (avoid.coolingDown().contains(e.username())) {
            return Exclusion.COOLDOWN;
        }
        return null;
    }
}
