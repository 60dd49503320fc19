package org.egov.itpm.policy.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Several versions of several packs. The most specific region level that has a pack governing the region decides:
 * a county with only an expired pack is reported EXPIRED rather than silently judged by its province.
 */
public final class PackCatalog {

    private final List<Pack> packs;

    public PackCatalog(List<Pack> packs) {
        this.packs = List.copyOf(packs);
    }

    public List<Pack> packs() {
        return packs;
    }

    /** A catalogue with {@code pack} added; the same id and version may not be added twice. */
    public PackCatalog with(Pack pack) {
        if (find(pack.id(), pack.version()).isPresent()) {
            throw new IllegalArgumentException("pack " + pack.id() + " v" + pack.version() + " already exists");
        }
        List<Pack> all = new ArrayList<>(packs);
        all.add(pack);
        return new PackCatalog(all);
    }

    public Optional<Pack> find(String id, int version) {
        return packs.stream().filter(p -> p.id().equals(id) && p.version() == version).findFirst();
    }

    /**
     * The pack judging a project in {@code regionCode} applied for on {@code applicationDate}. A level whose packs
     * govern only their own region (OWN_LEVEL_ONLY) is skipped for the regions below it; if nothing else covers
     * the region, the binding is NONE citing the article that left it out.
     */
    public PackBinding bindingFor(String regionCode, LocalDate applicationDate) {
        Citation outOfScope = null;
        for (String region : regionChain(regionCode)) {
            List<Pack> atLevel = packs.stream().filter(p -> p.regionCode().equals(region)).toList();
            List<Pack> candidates = atLevel.stream().filter(p -> p.jurisdiction().governs(regionCode)).toList();
            if (!candidates.isEmpty()) {
                return choose(candidates, regionCode, applicationDate);
            }
            if (outOfScope == null && !atLevel.isEmpty()) {
                outOfScope = atLevel.get(0).jurisdiction().scopeCite();
            }
        }
        return new PackBinding(null, PackStatus.NONE, regionCode, applicationDate, outOfScope);
    }

    /**
     * The pack that succeeds {@code pack} on {@code date}: another version or another pack of the same jurisdiction
     * in force that day, while {@code pack} itself is not; or, while {@code pack} is in force, a higher version of the
     * same id in force that day (an encoding correction, ADR 0013) (docs/policy-packs.md "Succession").
     */
    public Optional<Pack> successorOf(Pack pack, LocalDate date) {
        PackBinding current = bindingFor(pack.regionCode(), date);
        if (!current.isInForce() || current.pack() == pack) {
            return Optional.empty();
        }
        if (pack.statusOn(date) != PackStatus.IN_FORCE) {
            return Optional.of(current.pack());
        }
        boolean newerVersion = current.pack().id().equals(pack.id()) && current.pack().version() > pack.version();
        return newerVersion ? Optional.of(current.pack()) : Optional.empty();
    }

    private static PackBinding choose(List<Pack> candidates, String regionCode, LocalDate date) {
        Comparator<Pack> newest = Comparator.comparing(Pack::effectiveFrom).thenComparingInt(Pack::version);
        Optional<Pack> inForce = candidates.stream()
                .filter(p -> p.statusOn(date) == PackStatus.IN_FORCE).max(newest);
        if (inForce.isPresent()) {
            return new PackBinding(inForce.get(), PackStatus.IN_FORCE, regionCode, date);
        }
        Optional<Pack> lastExpired = candidates.stream()
                .filter(p -> p.statusOn(date) == PackStatus.EXPIRED).max(newest);
        Pack reported = lastExpired.orElseGet(() -> candidates.stream().min(newest).orElseThrow());
        return new PackBinding(reported, reported.statusOn(date), regionCode, date);
    }

    /** Whether {@code pack} may judge a project in {@code regionCode}: its own region or one below that it governs. */
    public static boolean governs(Pack pack, String regionCode) {
        return regionChain(regionCode).contains(pack.regionCode()) && pack.jurisdiction().governs(regionCode);
    }

    /** The code itself, then its prefecture (xxxx00), then its province (xx0000). */
    static List<String> regionChain(String regionCode) {
        Set<String> chain = new LinkedHashSet<>();
        chain.add(regionCode);
        if (regionCode != null && regionCode.length() == 6) {
            chain.add(regionCode.substring(0, 4) + "00");
            chain.add(regionCode.substring(0, 2) + "0000");
        }
        return List.copyOf(chain);
    }
}
