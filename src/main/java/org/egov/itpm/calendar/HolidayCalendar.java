package org.egov.itpm.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.egov.itpm.audit.AuditService;
import org.egov.itpm.common.BusinessClock;
import org.egov.itpm.common.ConflictException;
import org.egov.itpm.common.FieldError;
import org.egov.itpm.common.InvalidInputException;
import org.egov.itpm.common.Text;
import org.egov.itpm.policy.calendar.HolidayFileException;
import org.egov.itpm.policy.calendar.HolidayFiles;
import org.egov.itpm.policy.calendar.HolidayYear;
import org.egov.itpm.policy.calendar.HolidayYearParser;
import org.egov.itpm.policy.calendar.WorkingDayCalendar;
import org.egov.itpm.security.CurrentUser;

/**
 * The working-day calendar: the holiday-cn years shipped in the jar plus the years administrators uploaded (the
 * newest revision of a year wins). An administrator adds next year the day the State Council publishes it, without a
 * release; replacing a year that exists (e.g. an amended schedule) needs {@code replace} and a reason.
 */
@ApplicationScoped
public class HolidayCalendar {

    private static final List<HolidayYear> BUILT_IN = HolidayFiles.classpathYears();
    // Like the pack registry: every replica sees an upload within 30 s; the replica that stores it at once.
    private static final Duration REFRESH = Duration.ofSeconds(30);

    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;
    private final BusinessClock business;
    private final Event<HolidayYearUploaded> uploaded;
    private volatile Snapshot cached;
    private volatile Instant cachedAt = Instant.EPOCH;

    private record Snapshot(WorkingDayCalendar calendar, List<HolidayYearInfo> years) {
    }

    @Inject
    public HolidayCalendar(AuditService audit, CurrentUser user, Clock clock, BusinessClock business,
                           Event<HolidayYearUploaded> uploaded) {
        this.audit = audit;
        this.user = user;
        this.clock = clock;
        this.business = business;
        this.uploaded = uploaded;
    }

    /** Built-in plus uploaded years. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingDayCalendar calendar() {
        return snapshot().calendar();
    }

    /** The years in use and whether next year is missing although due (from 1 October). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarStatus status() {
        return CalendarStatus.of(snapshot().years(), business.today());
    }

    /**
     * Validates and stores a year (every problem listed with its path); the deadlines and findings of open projects
     * are recomputed right after the commit ({@link HolidayYearUploaded}).
     */
    @Transactional
    public CalendarStatus upload(int year, String definition, boolean replace, String reason) {
        HolidayYear parsed;
        try {
            parsed = HolidayYearParser.parse(year, definition);
        } catch (HolidayFileException e) {
            List<FieldError> errors = new ArrayList<>();
            e.problems().forEach(p -> errors.add(new FieldError("definition" + p.path().substring(1), p.code(),
                    new Text(p.messageEn(), p.messageZh()))));
            throw new InvalidInputException(errors);
        }
        boolean exists = snapshot(true).years().stream().anyMatch(y -> y.year() == year);
        if (exists && !replace) {
            throw new ConflictException("HOLIDAY_YEAR_EXISTS", new Text("holiday data for " + year + " exists;"
                    + " pass replace: true with a reason to replace it (e.g. an amended schedule)", year
                    + "年节假日数据已存在；如需替换（如国务院调整安排），请传 replace: true 并说明理由"));
        }
        if (replace && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", "REQUIRED", "replacing a holiday year needs its reason",
                    "替换节假日数据须说明理由");
        }
        StoredHolidayYear stored = new StoredHolidayYear();
        stored.year = year;
        stored.revision = 1 + StoredHolidayYear.<StoredHolidayYear>find("year", year).list().stream()
                .mapToInt(s -> s.revision).max().orElse(0);
        stored.body = definition;
        stored.reason = reason;
        stored.uploadedBy = user.username();
        stored.uploadedAt = clock.instant();
        stored.persist();
        audit.recordGlobal("HolidayYear", String.valueOf(year), exists ? "REPLACE" : "UPLOAD", user.username(),
                Map.of("revision", stored.revision, "days", parsed.days().size(), "reason", reason == null ? "" : reason));
        cachedAt = Instant.EPOCH;
        uploaded.fire(new HolidayYearUploaded(year));
        return CalendarStatus.of(snapshot(true).years(), business.today());
    }

    private Snapshot snapshot() {
        return snapshot(false);
    }

    private Snapshot snapshot(boolean fresh) {
        Snapshot current = cached;
        if (!fresh && current != null && clock.instant().isBefore(cachedAt.plus(REFRESH))) {
            return current;
        }
        Map<Integer, HolidayYear> years = new TreeMap<>();
        Map<Integer, HolidayYearInfo> info = new TreeMap<>();
        BUILT_IN.forEach(y -> {
            years.put(y.year(), y);
            info.put(y.year(), new HolidayYearInfo(y.year(), HolidayYearInfo.Source.BUILT_IN, null, null, null, null));
        });
        List<StoredHolidayYear> stored = StoredHolidayYear.list("order by year, revision");
        for (StoredHolidayYear s : stored) {
            years.put(s.year, HolidayYearParser.parse(s.year, s.body));
            info.put(s.year, new HolidayYearInfo(s.year, HolidayYearInfo.Source.UPLOADED, s.revision, s.uploadedAt,
                    s.uploadedBy, s.reason));
        }
        Snapshot snapshot = new Snapshot(new WorkingDayCalendar(years.values()), List.copyOf(info.values()));
        cached = snapshot;
        cachedAt = clock.instant();
        return snapshot;
    }
}
