package org.egov.itpm.policy.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HolidayYearParserTest {

    private static String file(String resource) throws IOException {
        try (InputStream in = HolidayYearParserTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> problems(int year, String json) {
        try {
            HolidayYearParser.parse(year, json);
        } catch (HolidayFileException e) {
            return e.problems().stream().map(p -> p.path() + " " + p.code()).toList();
        }
        throw new AssertionError("accepted");
    }

    private static String days(String... days) {
        return "{\"year\": 2027, \"days\": [" + String.join(",", days) + "]}";
    }

    private static String day(String date, boolean off) {
        return "{\"name\": \"元旦\", \"date\": \"" + date + "\", \"isOffDay\": " + off + "}";
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void shouldAcceptTheShippedHolidayCnYears(int year) throws IOException {
        HolidayYear parsed = HolidayYearParser.parse(year, file("/holidays/" + year + ".json"));

        assertThat(parsed).isEqualTo(HolidayFiles.load(year).orElseThrow());
    }

    @Test
    void shouldAcceptTheMadeUpTestYear() throws IOException {
        HolidayYear year = HolidayYearParser.parse(2027, file("/calendar/made-up-2027.json"));

        assertThat(year.days()).containsEntry(LocalDate.of(2027, 1, 1), true)
                .containsEntry(LocalDate.of(2027, 2, 20), false);
    }

    @Test
    void shouldRefuseAnotherYearThanTheOneUploaded() {
        assertThat(problems(2028, days(day("2027-01-01", true))))
                .containsExactly("$.year HOLIDAY_YEAR_MISMATCH", "$.days[0].date HOLIDAY_DATE_OUTSIDE_YEAR");
    }

    @Test
    void shouldRefuseADateOutsideTheYearADateTwiceAndAWeekdayMakeUpDay() {
        // 2026-12-31 is in the previous year; 2027-01-01 twice; 2027-01-04 is a Monday, so it cannot be a 调休 day.
        assertThat(problems(2027, days(day("2026-12-31", true), day("2027-01-01", true), day("2027-01-01", true),
                day("2027-01-04", false), day("2027-01-09", false))))
                .containsExactly("$.days[0].date HOLIDAY_DATE_OUTSIDE_YEAR", "$.days[2].date HOLIDAY_DATE_TWICE",
                        "$.days[3].isOffDay MAKEUP_DAY_NOT_WEEKEND");
    }

    @Test
    void shouldAllowHolidaysOnWeekdaysAndWeekends() {
        HolidayYear year = HolidayYearParser.parse(2027, days(day("2027-01-01", true), day("2027-01-02", true)));

        assertThat(year.days()).hasSize(2);
    }

    @Test
    void shouldReportMalformedFilesAndMissingFields() {
        assertThat(problems(2027, "not json")).containsExactly("$ HOLIDAY_FILE_MALFORMED");
        assertThat(problems(2027, "{\"year\": 2027}")).containsExactly("$.days HOLIDAY_DAYS_MISSING");
        assertThat(problems(2027, days("{\"date\": \"2027-13-01\", \"isOffDay\": \"yes\"}")))
                .containsExactly("$.days[0].name HOLIDAY_NAME_MISSING", "$.days[0].isOffDay HOLIDAY_OFF_DAY_INVALID",
                        "$.days[0].date HOLIDAY_DATE_INVALID");
    }

    @Test
    void shouldNotAcceptAnEmptyBody() {
        assertThatThrownBy(() -> HolidayYearParser.parse(2027, "")).isInstanceOf(HolidayFileException.class);
    }
}
