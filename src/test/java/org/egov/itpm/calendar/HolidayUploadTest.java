package org.egov.itpm.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.egov.itpm.compliance.DailyScan;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Holiday years as data (issue #16 item 2, audit D6): a Qufu signing deadline counted into 2027 without data is
 * provisional; uploading a (made-up) 2027 schedule moves it, and its findings follow at once.
 */
@QuarkusTest
class HolidayUploadTest {

    static final String UPLOAD = """
            mutation($y: Int!, $d: String!, $r: Boolean, $why: String) {
              uploadHolidayYear(year: $y, definition: $d, replace: $r, reason: $why) {
                nextYear nextYearCovered years { year source revision } } }""";
    static final String SIGNING = "data.project.deadlines.find { it.ruleCode == 'CONTRACT_SIGNING' }";

    @Inject
    DailyScan scan;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static String madeUp2027() throws IOException {
        try (InputStream in = HolidayUploadTest.class.getResourceAsStream("/calendar/made-up-2027.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Object> vars(int year, String definition, Boolean replace, String reason) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("y", year);
        vars.put("d", definition);
        vars.put("r", replace);
        vars.put("why", reason);
        return vars;
    }

    @Test
    void uploadingTwentyTwentySevenMakesAProvisionalQufuSigningDeadlineFinalAndResolvesItsFindings() throws IOException {
        Walk w = Walk.qufuInProcurement("曲阜市跨年合同", "3000000.00");
        TestClock.setShanghai("2026-12-22T09:00");
        w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-12-22\", amount: \"2800000\"");

        // 1 October has passed and 2027 is missing: an administrator sees it.
        GraphQL.postAs(TestTokens.ADMIN, "{ calendarStatus { nextYear nextYearCovered nextYearMissingSince warningZh } }",
                        Map.of())
                .body("data.calendarStatus.nextYear", equalTo(2027))
                .body("data.calendarStatus.nextYearCovered", equalTo(false))
                .body("data.calendarStatus.nextYearMissingSince", equalTo("2026-10-01"));

        // qufu-2024 art.28: 10 working days from 2026-12-22, counted over weekends only into 2027 = 2027-01-05.
        TestClock.setShanghai("2027-01-06T09:00");
        scan.run();
        w.project("deadlines { ruleCode due status provisional missingCalendarYears citation { text } }"
                        + " findings { code resolvedAt }")
                .body(SIGNING + ".due", equalTo("2027-01-05"))
                .body(SIGNING + ".status", equalTo("MISSED"))
                .body(SIGNING + ".provisional", equalTo(true))
                .body(SIGNING + ".missingCalendarYears", equalTo(List.of(2027)))
                .body(SIGNING + ".citation.text", equalTo("qufu-2024 art.28"))
                .body("data.project.findings.findAll { it.resolvedAt == null }.code",
                        hasItems("DEADLINE_MISSED", "CALENDAR_YEAR_MISSING"));

        GraphQL.postAs(TestTokens.ADMIN, UPLOAD, vars(2027, madeUp2027(), null, null))
                .body("errors", nullValue())
                .body("data.uploadHolidayYear.nextYearCovered", equalTo(false)) // today is in 2027: next is 2028
                .body("data.uploadHolidayYear.years.find { it.year == 2027 }.source", equalTo("UPLOADED"));

        // New Year's Day 2027 is a holiday in the uploaded schedule: the deadline moves to 01-06 and is met today.
        w.project("deadlines { ruleCode due status provisional } findings { code resolvedAt }"
                        + " currentFindings { code }")
                .body(SIGNING + ".due", equalTo("2027-01-06"))
                .body(SIGNING + ".status", equalTo("DUE"))
                .body(SIGNING + ".provisional", equalTo(false))
                .body("data.project.currentFindings.code", not(hasItem("DEADLINE_MISSED")))
                .body("data.project.currentFindings.code", not(hasItem("CALENDAR_YEAR_MISSING")))
                .body("data.project.findings.findAll { it.resolvedAt == null }.code",
                        not(hasItems("DEADLINE_MISSED")))
                .body("data.project.findings.findAll { it.resolvedAt == null }.code",
                        not(hasItems("CALENDAR_YEAR_MISSING")));

        // A year that exists is replaced only on purpose, with a reason.
        GraphQL.postAs(TestTokens.ADMIN, UPLOAD, vars(2027, madeUp2027(), null, null))
                .body("errors[0].extensions.code", equalTo("HOLIDAY_YEAR_EXISTS"));
        GraphQL.postAs(TestTokens.ADMIN, UPLOAD, vars(2027, madeUp2027(), true, " "))
                .body("errors[0].extensions.details.fieldErrors.code", hasItem("REQUIRED"));
        GraphQL.postAs(TestTokens.ADMIN, UPLOAD, vars(2027, madeUp2027(), true, "国务院办公厅调整通知"))
                .body("data.uploadHolidayYear.years.find { it.year == 2027 }.revision", equalTo(2));
    }

    @Test
    void anInvalidYearListsEveryProblemWithItsPathAndStoresNothing() {
        String bad = """
                {"year": 2031, "days": [
                  {"name": "元旦", "date": "2030-12-31", "isOffDay": true},
                  {"name": "元旦", "date": "2031-01-01", "isOffDay": true},
                  {"name": "元旦", "date": "2031-01-01", "isOffDay": true},
                  {"name": "春节", "date": "2031-01-20", "isOffDay": false}]}""";
        GraphQL.postAs(TestTokens.ADMIN, UPLOAD, vars(2031, bad, null, null))
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.details.fieldErrors.field", hasItems("definition.days[0].date",
                        "definition.days[2].date", "definition.days[3].isOffDay"))
                .body("errors[0].extensions.details.fieldErrors.code", hasItems("HOLIDAY_DATE_OUTSIDE_YEAR",
                        "HOLIDAY_DATE_TWICE", "MAKEUP_DAY_NOT_WEEKEND"));
        GraphQL.postAs(TestTokens.ADMIN, "{ calendarStatus { years { year } } }", Map.of())
                .body("data.calendarStatus.years.year", not(hasItem(2031)));
        GraphQL.postAs(TestTokens.QUFU_LEAD, UPLOAD, vars(2031, bad, null, null))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void aMissingNextYearIsReportedFromTheFirstOfOctober() {
        String status = "{ calendarStatus { nextYear nextYearMissingSince warningEn } }";
        TestClock.setShanghai("2040-09-30T23:00");
        GraphQL.postAs(TestTokens.ADMIN, status, Map.of())
                .body("data.calendarStatus.nextYear", equalTo(2041))
                .body("data.calendarStatus.nextYearMissingSince", nullValue())
                .body("data.calendarStatus.warningEn", nullValue());
        TestClock.setShanghai("2040-10-01T08:00");
        GraphQL.postAs(TestTokens.ADMIN, status, Map.of())
                .body("data.calendarStatus.nextYearMissingSince", equalTo("2040-10-01"))
                .body("data.calendarStatus.warningEn", org.hamcrest.Matchers.containsString("provisional"));
        // A warning, never a reason to take the service out of rotation.
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'holiday-calendar' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'holiday-calendar' }.data.nextYearMissingSince", equalTo("2040-10-01"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", not(hasItem("holiday-calendar")));
    }
}
