package org.egov.itpm.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national GB/T 2260 table (county level and higher, in force since 2015), read from
 * {@code regions/gbt2260.tsv}; see SOURCE.md beside it for the packages it is generated from.
 */
public final class NationalRegions {

    private static final String RESOURCE = "/regions/gbt2260.tsv";

    /** One period in which a code was in force; {@code from}/{@code until} are years, null when open. */
    public record Period(String code, String name, Integer from, Integer until) {
        boolean covers(int year) {
            return (from == null || from <= year) && (until == null || year <= until);
        }
    }

    private final Map<String, List<Period>> periods;

    NationalRegions(List<Period> rows) {
        Map<String, List<Period>> byCode = new HashMap<>();
        for (Period p : rows) {
            byCode.computeIfAbsent(p.code(), c -> new ArrayList<>()).add(p);
        }
        this.periods = Map.copyOf(byCode);
    }

    /** The table shipped with the service. */
    public static NationalRegions shipped() {
        try (InputStream in = NationalRegions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NationalRegions parse(InputStream in) throws IOException {
        List<Period> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Period(f[0], f[1], year(f[2]), year(f[3])));
        }
        return new NationalRegions(rows);
    }

    private static Integer year(String field) {
        return field.isEmpty() ? null : Integer.valueOf(field);
    }

    /** Whether {@code code} was a region in {@code year} (a project code keeps the region of its issue year). */
    public boolean inForce(String code, int year) {
        return periods.getOrDefault(code, List.of()).stream().anyMatch(p -> p.covers(year));
    }

    /** Whether {@code code} is a region now or was one at any time since 2015. */
    public boolean known(String code) {
        return periods.containsKey(code);
    }

    /** The latest name of {@code code}. */
    public Optional<String> name(String code) {
        List<Period> found = periods.getOrDefault(code, List.of());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1).name());
    }

    /** Every code with its periods, for tests and reference data. */
    public Map<String, List<Period>> all() {
        return periods;
    }
}
