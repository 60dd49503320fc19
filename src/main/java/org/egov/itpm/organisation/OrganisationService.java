package org.egov.itpm.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Organisations and regions: reference data every feature reads through here. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationService {

    private static final NationalRegions NATIONAL = NationalRegions.shipped();

    public Optional<Organisation> byCreditCode(String creditCode) {
        if (creditCode == null) {
            return Optional.empty();
        }
        return Organisation.find("creditCode", creditCode).firstResultOptional();
    }

    public Optional<Organisation> byId(UUID id) {
        return Organisation.findByIdOptional(id);
    }

    public Map<UUID, Organisation> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Organisation> found = Organisation.list("id in ?1", ids);
        return found.stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
    }

    public List<Organisation> all() {
        // total, so the compiled read path (ADR 0016) gives the same order
        return Organisation.list("order by regionCode, name, id");
    }

    public Optional<Region> region(String code) {
        return Region.findByIdOptional(code);
    }

    /** Whether {@code code} was a GB/T 2260 region in {@code year}, per the national table. */
    public boolean regionInForce(String code, int year) {
        return NATIONAL.inForce(code, year);
    }

    /** Whether {@code code} is in the national GB/T 2260 table (in force now or at any time since 2015). */
    public boolean regionKnown(String code) {
        return NATIONAL.known(code);
    }

    public List<Region> regions() {
        return Region.list("order by code");
    }
}
