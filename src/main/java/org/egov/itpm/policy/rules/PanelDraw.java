package org.egov.itpm.policy.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The random draw of a review panel (专家抽取), deterministic in its seed so that anyone can replay it (ADR 0011).
 *
 * <p>Algorithm, for an auditor: take the eligible candidates' usernames sorted by {@link String#compareTo}; run a
 * partial Fisher–Yates shuffle over them for {@code count + reserves} positions, position {@code i} swapping with
 * {@code i + bounded(n - i)}; the first {@code count} are the panel, the next {@code reserves} the reserves, in
 * order. {@code bounded(b)} draws 64-bit values from SplitMix64 (state += 0x9E3779B97F4A7C15; z = state;
 * z = (z ^ z>>>30) * 0xBF58476D1CE4E5B9; z = (z ^ z>>>27) * 0x94D049BB133111EB; z ^= z>>>31), seeded with the
 * stored seed, and returns {@code (z >>> 1) % b}, rejecting values of {@code z >>> 1} at or above the largest
 * multiple of {@code b} so that every outcome is equally likely.
 */
public final class PanelDraw {

    /** The drawn panel and the reserves, each in draw order. */
    public record Result(List<String> panel, List<String> reserves) {
    }

    private PanelDraw() {
    }

    /**
     * Draws {@code count} panel members and up to {@code reserves} reserves from {@code sortedCandidates} (sorted,
     * distinct). Fewer reserves are returned when the candidates run out; fewer than {@code count} candidates is the
     * caller's error to report, so it is refused here.
     */
    public static Result draw(List<String> sortedCandidates, long seed, int count, int reserves) {
        if (count < 0 || reserves < 0) {
            throw new IllegalArgumentException("count and reserves must not be negative");
        }
        for (int i = 1; i < sortedCandidates.size(); i++) {
            if (sortedCandidates.get(i - 1).compareTo(sortedCandidates.get(i)) >= 0) {
                throw new IllegalArgumentException("candidates must be sorted and distinct");
            }
        }
        int n = sortedCandidates.size();
        if (count > n) {
            throw new IllegalArgumentException("needs " + count + " candidates, has " + n);
        }
        List<String> deck = new ArrayList<>(sortedCandidates);
        SplitMix64 random = new SplitMix64(seed);
        int k = Math.min(n, count + reserves);
        for (int i = 0; i < k; i++) {
            int j = i + random.bounded(n - i);
            String swap = deck.get(i);
            deck.set(i, deck.get(j));
            deck.set(j, swap);
        }
        return new Result(List.copyOf(deck.subList(0, count)), List.copyOf(deck.subList(count, k)));
    }

    /** Steele, Lea and Flood's SplitMix64 (the generator behind java.util.SplittableRandom), written out to stay fixed. */
    static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            this.state = seed;
        }

        long next() {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** Uniform in [0, bound) by rejection. */
        int bounded(int bound) {
            long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
            long r;
            do {
                r = next() >>> 1;
            } while (r >= limit);
            return (int) (r % bound);
        }
    }
}
