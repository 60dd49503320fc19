package org.egov.itpm.compliance;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deadlines of the second half over the API: yearly performance reports (Wushan art.17, Jiangxi art.27), the
 * start duty (Jiangxi art.29), the acceptance application (Jianshan item 15) and the self-evaluation windows
 * (Baotou art.23, Qufu art.36) raise cited DEADLINE_MISSED findings or refusals.
 */
@QuarkusTest
class SecondHalfDeadlinesTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void wushanPerformanceReportMissingAtYearEndIsAMissedDeadlineAndALateOneStaysMissed() {
        Walk w = wushanUnderConstruction("巫山县绩效报告");
        TestClock.setShanghai("2026-12-31T18:00");
        w.project("deadlines { ruleCode subject status due }")
                .body("data.project.deadlines.findAll { it.ruleCode == 'PERFORMANCE_REPORT' }.status", equalTo(List.of("DUE")))
                .body("data.project.deadlines.findAll { it.ruleCode == 'PERFORMANCE_REPORT' }.due",
                        equalTo(List.of("2026-12-31")));
        TestClock.setShanghai("2027-01-04T09:00");
        w.project("currentFindings { code severity citation { text } facts { name value } }")
                .body("data.project.currentFindings.findAll { it.code == 'DEADLINE_MISSED' }.citation.text",
                        hasItem("wushan-2022 art.17"));
        w.report("PERFORMANCE", "year: 2026");
        w.project("deadlines { ruleCode subject status metOn } currentFindings { code citation { text } }"
                        + " findings { code citation { text } resolvedAt }")
                .body("data.project.deadlines.find { it.ruleCode == 'PERFORMANCE_REPORT' && it.subject == 'year-2026' }"
                        + ".status", equalTo("MISSED"))
                .body("data.project.deadlines.find { it.ruleCode == 'PERFORMANCE_REPORT' && it.subject == 'year-2026' }"
                        + ".metOn", equalTo("2027-01-04"))
                .body("data.project.currentFindings.findAll { it.code == 'DEADLINE_MISSED' }.citation.text",
                        hasItem("wushan-2022 art.17"))
                .body("data.project.findings.findAll { it.code == 'DEADLINE_MISSED' }.citation.text",
                        hasItem("wushan-2022 art.17"));
    }

    @Test
    void jiangxiPerformanceReportFiledInTimeIsMetAndAMissingOneIsCitedAfterYearEnd() {
        Walk w = Walk.jiangxiApproved("江西省绩效报告", "8000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        w.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION");
        TestClock.setShanghai("2026-12-30T09:00");
        w.report("PERFORMANCE", "");
        TestClock.setShanghai("2028-01-02T09:00");
        w.project("deadlines { ruleCode subject status } currentFindings { code citation { text } facts { name value } }")
                .body("data.project.deadlines.findAll { it.ruleCode == 'PERFORMANCE_REPORT' }.status",
                        equalTo(List.of("MET", "MISSED", "DUE")))
                .body("data.project.currentFindings.findAll { it.code == 'DEADLINE_MISSED' }.citation.text",
                        hasItem("jiangxi-2024 art.27"));
    }

    @Test
    void jiangxiProjectNotStartedWithinSixMonthsOfApprovalIsCitedUnderArt29() {
        Walk w = Walk.jiangxiApproved("江西省开工期限", "8000000.00").advance("finance-officer", "FUNDED");
        TestClock.setShanghai("2026-09-02T09:00");
        w.project("deadlines { ruleCode status due } currentFindings { code citation { text } }")
                .body("data.project.deadlines.find { it.ruleCode == 'START_WITHIN_6_MONTHS' }.status", equalTo("DUE"));
        TestClock.setShanghai("2026-09-03T09:00");
        w.project("deadlines { ruleCode status due } currentFindings { code citation { text } }")
                .body("data.project.deadlines.find { it.ruleCode == 'START_WITHIN_6_MONTHS' }.status", equalTo("MISSED"))
                .body("data.project.deadlines.find { it.ruleCode == 'START_WITHIN_6_MONTHS' }.due", equalTo("2026-09-02"))
                .body("data.project.currentFindings.findAll { it.code == 'DEADLINE_MISSED' }.citation.text",
                        hasItem("jiangxi-2024 art.29"));
    }

    @Test
    void jianshanAcceptanceNotAppliedForWithinSixMonthsOfCompletionIsCitedUnderItem15() {
        Walk w = Walk.jianshanApproved("尖山区验收期限", "1000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        w.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION").complete("2026-03-02");
        TestClock.setShanghai("2026-09-02T09:00");
        w.project("currentFindings { code }").body("data.project.currentFindings.code", not(hasItem("DEADLINE_MISSED")));
        TestClock.setShanghai("2026-09-03T09:00");
        w.project("currentFindings { code severity citation { text } }")
                .body("data.project.currentFindings.findAll { it.code == 'DEADLINE_MISSED' }.citation.text",
                        equalTo(List.of("jianshan-2024 item 15")))
                .body("data.project.currentFindings.findAll { it.code == 'DEADLINE_MISSED' }.severity",
                        equalTo(List.of("ERROR")));
    }

    @Test
    void baotouSelfEvaluationIsRefusedBeforeOneYearAfterAcceptanceAndMissedAfterTwo() {
        Walk w = Walk.baotouApproved("包头市自评价窗口", "1000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT")
                .advance("unit-lead", "CONSTRUCTION").complete("2026-03-02");
        w.check("authority-reviewer", "PRE_ACCEPTANCE_REVIEW");
        w.tryApplyForAcceptance().body("errors", nullValue());
        w.tryConcludeAcceptance(true).body("errors", nullValue());
        w.advance("authority-approver", "OPERATION");
        TestClock.setShanghai("2027-03-01T09:00");
        w.trySelfEvaluate()
                .body("errors[0].extensions.code", equalTo("SELF_EVALUATION_WINDOW_NOT_OPEN"))
                .body("errors[0].extensions.status", equalTo(422))
                .body("errors[0].extensions.details.reasons[0].citation", equalTo("baotou-2024 art.23"));
        w.project("evaluations { kind }").body("data.project.evaluations", equalTo(List.of()));
        TestClock.setShanghai("2028-03-03T09:00");
        w.project("deadlines { ruleCode status opensOn due } currentFindings { code citation { text } }")
                .body("data.project.deadlines.find { it.ruleCode == 'SELF_EVALUATION' }.opensOn", equalTo("2027-03-02"))
                .body("data.project.deadlines.find { it.ruleCode == 'SELF_EVALUATION' }.status", equalTo("MISSED"))
                .body("data.project.currentFindings.findAll { it.code == 'DEADLINE_MISSED' }.citation.text",
                        hasItem("baotou-2024 art.23"));
    }

    @Test
    void qufuSelfEvaluationIsOpenFromAcceptanceAndExpectedEveryYear() {
        Walk w = Walk.qufuInProcurement("曲阜市年度自评价", "3000000.00")
                .advance("unit-lead", "CONSTRUCTION").complete("2026-03-02");
        w.run("unit-lead", "passPreliminaryAcceptance(projectId: $id) { status }");
        w.tryApplyForAcceptance().body("errors", nullValue());
        w.tryConcludeAcceptance(true).body("errors", nullValue());
        w.advance("authority-approver", "OPERATION");
        TestClock.setShanghai("2026-04-01T09:00");
        w.trySelfEvaluate().body("errors", nullValue());
        TestClock.setShanghai("2028-03-03T09:00");
        w.project("deadlines { ruleCode subject status } currentFindings { code citation { text } }")
                .body("data.project.deadlines.findAll { it.ruleCode == 'SELF_EVALUATION' }.status",
                        equalTo(List.of("MET", "MISSED", "DUE")))
                .body("data.project.currentFindings.findAll { it.code == 'DEADLINE_MISSED' }.citation.text",
                        hasItem("qufu-2024 art.36"));
    }

    private static Walk wushanUnderConstruction(String name) {
        Walk w = Walk.wushanApproved(name, "1000000.00").annualPlan("ndrc-approver", 2026, "1000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        return w.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION");
    }
}
