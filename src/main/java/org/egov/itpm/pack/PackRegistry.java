package org.egov.itpm.pack;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.calendar.HolidayCalendar;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.calendar.WorkingDayCalendar;
import org.egov.itpm.policy.pack.BuiltInPacks;
import org.egov.itpm.policy.pack.Pack;
import org.egov.itpm.policy.pack.PackBinding;
import org.egov.itpm.policy.pack.PackCatalog;
import org.egov.itpm.policy.pack.PackFormatException;
import org.egov.itpm.policy.pack.PackParser;
import org.egov.itpm.security.CurrentUser;

/**
 * Every policy pack version the service knows: the built-in ones plus those administrators uploaded.
 * Uploaded versions take effect from their effective date without a redeploy; old versions stay readable.
 */
@ApplicationScoped
public class PackRegistry {

    private static final PackCatalog BUILT_IN = BuiltInPacks.catalog();

    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;
    private final HolidayCalendar holidays;
    private final Event<PolicyPackUploaded> uploaded;

    @Inject
    public PackRegistry(AuditService audit, CurrentUser user, Clock clock, HolidayCalendar holidays,
                        Event<PolicyPackUploaded> uploaded) {
        this.holidays = holidays;
        this.uploaded = uploaded;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    // Uploads are rare and take effect from a date: re-reading them every 30 s lets every replica see an upload
    // soon without querying per project; the replica that stores an upload refreshes at once.
    private static final Duration REFRESH = Duration.ofSeconds(30);
    private volatile PackCatalog cached;
    private volatile Instant cachedAt = Instant.EPOCH;

    /** Built-in plus uploaded packs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PackCatalog catalog() {
        PackCatalog current = cached;
        if (current != null && clock.instant().isBefore(cachedAt.plus(REFRESH))) {
            return current;
        }
        PackCatalog catalog = BUILT_IN;
        List<StoredPack> stored = StoredPack.listAll();
        for (StoredPack s : stored) {
            if (catalog.find(s.id, s.version).isEmpty()) {
                catalog = catalog.with(PackParser.parse(s.body));
            }
        }
        cached = catalog;
        cachedAt = clock.instant();
        return catalog;
    }

    public Optional<Pack> find(String id, int version) {
        return catalog().find(id, version);
    }

    public PackBinding bindingFor(String regionCode, LocalDate applicationDate) {
        return catalog().bindingFor(regionCode, applicationDate);
    }

    /** The working-day calendar: built-in plus uploaded holiday years (issue #16). */
    public WorkingDayCalendar calendar() {
        return holidays.calendar();
    }

    /** Validates and stores a new pack version; every format problem is reported with its path. */
    @Transactional
    public Pack upload(String body) {
        Pack pack;
        try {
            pack = PackParser.parse(body);
        } catch (PackFormatException e) {
            List<FieldError> errors = new ArrayList<>();
            e.problems().forEach(p -> errors.add(new FieldError(p.path(), "INVALID_PACK",
                    new Text(p.message(), p.message()))));
            throw new InvalidInputException(errors);
        }
        if (catalog().find(pack.id(), pack.version()).isPresent()) {
            throw new ConflictException("PACK_VERSION_EXISTS", new Text("pack " + pack.id() + " version "
                    + pack.version() + " already exists; upload a higher version", "政策包 " + pack.id() + " 第"
                    + pack.version() + "版已存在，请上传更高版本"));
        }
        StoredPack stored = new StoredPack();
        stored.id = pack.id();
        stored.version = pack.version();
        stored.body = body;
        stored.uploadedBy = user.username();
        stored.uploadedAt = clock.instant();
        stored.persist();
        cached = catalog().with(pack);
        audit.recordGlobal("PolicyPack", pack.id() + " v" + pack.version(), "UPLOAD", user.username(),
                Map.of("effectiveFrom", pack.effectiveFrom().toString()));
        uploaded.fire(new PolicyPackUploaded(pack.id(), pack.version()));
        return pack;
    }
}
