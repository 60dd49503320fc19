package org.egov.itpm.policy.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates an uploaded year in the holiday-cn format (src/main/resources/holidays, /work/shared/holidays/schema.json):
 * the {@code year} is the one uploaded, every date lies in that year and appears once, each day is named, and a
 * make-up working day (isOffDay false) falls on a Saturday or Sunday. Off days may fall on any day: holiday-cn lists
 * the weekend days inside a holiday block too.
 */
public final class HolidayYearParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HolidayYearParser() {
    }

    /** The year, or a {@link HolidayFileException} listing every problem with its path. */
    public static HolidayYear parse(int expectedYear, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new HolidayFileException(List.of(new HolidayProblem("$", "HOLIDAY_FILE_MALFORMED",
                    "not JSON: " + e.getOriginalMessage(), "不是有效的 JSON：" + e.getOriginalMessage())));
        }
        List<HolidayProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new HolidayFileException(List.of(new HolidayProblem("$", "HOLIDAY_FILE_MALFORMED",
                    "a holiday-cn year object is expected", "应为 holiday-cn 格式的年度对象")));
        }
        if (!root.path("year").isInt() || root.get("year").asInt() != expectedYear) {
            problems.add(new HolidayProblem("$.year", "HOLIDAY_YEAR_MISMATCH", "year must be " + expectedYear
                    + ", the year uploaded", "year 应为所上传的年份 " + expectedYear));
        }
        JsonNode days = root.path("days");
        if (!days.isArray() || days.isEmpty()) {
            problems.add(new HolidayProblem("$.days", "HOLIDAY_DAYS_MISSING", "days must list the year's holidays"
                    + " and make-up working days", "days 应列出当年的节假日和调休上班日"));
            throw new HolidayFileException(problems);
        }
        Map<LocalDate, Boolean> parsed = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            day(expectedYear, days.get(i), "$.days[" + i + "]", parsed, problems);
        }
        if (!problems.isEmpty()) {
            throw new HolidayFileException(problems);
        }
        return new HolidayYear(expectedYear, parsed);
    }

    private static void day(int year, JsonNode day, String path, Map<LocalDate, Boolean> parsed,
                            List<HolidayProblem> problems) {
        if (!day.path("name").isTextual() || day.get("name").asText().isBlank()) {
            problems.add(new HolidayProblem(path + ".name", "HOLIDAY_NAME_MISSING", "every day needs the holiday's"
                    + " name", "每一天都应注明所属节日名称"));
        }
        JsonNode offDay = day.path("isOffDay");
        if (!offDay.isBoolean()) {
            problems.add(new HolidayProblem(path + ".isOffDay", "HOLIDAY_OFF_DAY_INVALID", "isOffDay must be true"
                    + " (holiday) or false (make-up working day)", "isOffDay 应为 true（放假）或 false（调休上班）"));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(day.path("date").asText());
        } catch (DateTimeParseException e) {
            problems.add(new HolidayProblem(path + ".date", "HOLIDAY_DATE_INVALID", "date must be YYYY-MM-DD",
                    "date 应为 YYYY-MM-DD 格式的日期"));
            return;
        }
        if (date.getYear() != year) {
            problems.add(new HolidayProblem(path + ".date", "HOLIDAY_DATE_OUTSIDE_YEAR", date + " is not in " + year,
                    date + " 不在 " + year + " 年内"));
        }
        if (parsed.containsKey(date)) {
            problems.add(new HolidayProblem(path + ".date", "HOLIDAY_DATE_TWICE", date + " is listed twice",
                    date + " 重复出现"));
        }
        if (offDay.isBoolean() && !offDay.asBoolean() && !isWeekend(date)) {
            problems.add(new HolidayProblem(path + ".isOffDay", "MAKEUP_DAY_NOT_WEEKEND", date + " is a "
                    + date.getDayOfWeek() + "; a make-up working day (调休) is always a Saturday or Sunday",
                    date + " 不是周末；调休上班日只能是周六或周日"));
        }
        if (offDay.isBoolean()) {
            parsed.putIfAbsent(date, offDay.asBoolean());
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
