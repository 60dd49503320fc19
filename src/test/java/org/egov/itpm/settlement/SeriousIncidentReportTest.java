package org.egov.itpm.settlement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/**
 * A serious delay or major loss reported by the unit reaches the supervising authority in the service and by mail,
 * citing wushan-2022 art.18 (version-2 pack); a loss report carries its amount, no other report does.
 */
@QuarkusTest
class SeriousIncidentReportTest {

    static final TestTokens.Person WS_REVIEWER = new TestTokens.Person("ws-reviewer", List.of("authority-reviewer"),
            "11500237MB17345675", "500237");

    @Test
    void shouldNotifyTheWushanAuthorityOfALossReportCitingArt18() {
        Walk w = Walk.wushanApproved("巫山县损失报告", "1000000.00").annualPlan("ndrc-approver", 2026, "1000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        w.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION");

        w.run("unit-staff", "fileConstructionReport(projectId: $id, input: {kind: SERIOUS_LOSS, summary: \"机房进水\","
                + " lossAmount: \"120000.00\"}) { lossAmount }")
                .body("data.fileConstructionReport.lossAmount", equalTo(120000.00f));

        GraphQL.postAs(WS_REVIEWER, """
                        { notifications(first: 50) { edges { node { kind projectId citation titleZh mandatory } } } }""",
                        Map.of())
                .body("data.notifications.edges.findAll { it.node.projectId == '" + w.projectId + "' }", hasSize(1))
                .body("data.notifications.edges.find { it.node.projectId == '" + w.projectId + "' }.node.kind",
                        equalTo("UNIT_REPORT"))
                .body("data.notifications.edges.find { it.node.projectId == '" + w.projectId + "' }.node.citation",
                        equalTo("wushan-2022 art.18"))
                .body("data.notifications.edges.find { it.node.projectId == '" + w.projectId + "' }.node.mandatory",
                        equalTo(true));
    }

    @Test
    void shouldRefuseALossReportWithoutItsAmountAndAnAmountOnOtherReports() {
        Walk w = Walk.wushanApproved("巫山县报告校验", "1000000.00").annualPlan("ndrc-approver", 2026, "1000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        w.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION");
        w.tryRun("unit-staff", "fileConstructionReport(projectId: $id, input: {kind: SERIOUS_LOSS, summary: \"x\"})"
                + " { id }").body("errors[0].extensions.details.fieldErrors.code", equalTo(List.of("REQUIRED")));
        w.tryRun("unit-staff", "fileConstructionReport(projectId: $id, input: {kind: SERIOUS_DELAY, summary: \"x\","
                + " lossAmount: \"1\"}) { id }")
                .body("errors[0].extensions.details.fieldErrors.code", equalTo(List.of("ONLY_FOR_LOSS")));
        GraphQL.postAs(WS_REVIEWER, "{ notifications(first: 50) { edges { node { projectId } } } }", Map.of())
                .body("data.notifications.edges.findAll { it.node.projectId == '" + w.projectId + "' }", hasSize(0));
    }
}
