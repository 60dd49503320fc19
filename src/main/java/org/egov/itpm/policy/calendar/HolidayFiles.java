package org.egov.itpm.policy.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads NateScarlet/holiday-cn year files (MIT) from {@code src/main/resources/holidays}. */
public final class HolidayFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Years probed on the classpath; holiday-cn starts in 2007. */
    private static final int FIRST_YEAR = 2007;
    private static final int LAST_YEAR = 2100;

    private HolidayFiles() {
    }

    /** A calendar over every year file found on the classpath. */
    public static WorkingDayCalendar classpathCalendar() {
        return new WorkingDayCalendar(classpathYears());
    }

    /** Every year file found on the classpath, oldest first. */
    public static List<HolidayYear> classpathYears() {
        List<HolidayYear> years = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            load(year).ifPresent(years::add);
        }
        return years;
    }

    public static Optional<HolidayYear> load(int year) {
        try (InputStream in = HolidayFiles.class.getResourceAsStream("/holidays/" + year + ".json")) {
            return in == null ? Optional.empty() : Optional.of(parse(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HolidayYear parse(byte[] json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (JsonNode day : root.path("days")) {
            days.put(LocalDate.parse(day.get("date").asText()), day.get("isOffDay").asBoolean());
        }
        return new HolidayYear(root.get("year").asInt(), days);
    }
}
