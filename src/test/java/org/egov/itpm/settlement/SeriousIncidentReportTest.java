package org.egov.itpm.settlement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/**
 * A serious delay or major loss reported by the unit reaches, in the service and by mail, the bodies the article names:
 * Wushan art.18 the county NDRC and finance bureau, Jiangxi art.28 the general office (the authority), the NDRC and
 * finance (their v3 packs' reportTo); Jianshan item 22 names none, so the supervising authority. A loss report
 * carries its amount, no other report does.
 */
@QuarkusTest
class SeriousIncidentReportTest {

    static final Person WS_REVIEWER = person("ws-reviewer", "authority-reviewer", "500237");
    static final Person WS_NDRC = person("ws-ndrc", "ndrc-approver", "500237");
    static final Person WS_FINANCE = person("ws-finance", "finance-officer", "500237");

    @Test
    void aWushanLossReportReachesTheCountyNdrcAndFinanceNamedByArt18() {
        Walk w = inConstruction(Walk.wushanApproved("巫山县损失报告", "1000000.00")
                .annualPlan("ndrc-approver", 2026, "1000000.00"));

        w.run("unit-staff", "fileConstructionReport(projectId: $id, input: {kind: SERIOUS_LOSS, summary: \"机房进水\","
                + " lossAmount: \"120000.00\"}) { lossAmount }")
                .body("data.fileConstructionReport.lossAmount", equalTo(120000.00f));

        told(WS_NDRC, w, "wushan-2022 art.18");
        told(WS_FINANCE, w, "wushan-2022 art.18");
        notTold(WS_REVIEWER, w);
        notTold(person("ws-approver", "authority-approver", "500237"), w);
    }

    @Test
    void aJiangxiDelayReportReachesTheGeneralOfficeNdrcAndFinance() {
        Walk w = inConstruction(Walk.jiangxiApproved("江西省严重逾期报告", "8000000.00"));

        fileDelayReport(w);

        for (Person p : List.of(person("jx-reviewer", "authority-reviewer", "360000"),
                person("jx-approver", "authority-approver", "360000"), person("jx-ndrc", "ndrc-approver", "360000"),
                person("jx-finance", "finance-officer", "360000"))) {
            told(p, w, "jiangxi-2024 art.28");
        }
    }

    @Test
    void aJianshanDelayReportReachesTheSupervisingAuthorityWhenTheItemNamesNoBody() {
        Walk w = inConstruction(Walk.jianshanApproved("尖山区严重逾期报告", "1000000.00"));

        fileDelayReport(w);

        told(person("js-reviewer", "authority-reviewer", "230502"), w, "jianshan-2024 item 22");
        told(person("js-approver", "authority-approver", "230502"), w, "jianshan-2024 item 22");
        notTold(person("js-ndrc", "ndrc-approver", "230502"), w);
    }

    @Test
    void shouldRefuseALossReportWithoutItsAmountAndAnAmountOnOtherReports() {
        Walk w = inConstruction(Walk.wushanApproved("巫山县报告校验", "1000000.00")
                .annualPlan("ndrc-approver", 2026, "1000000.00"));
        w.tryRun("unit-staff", "fileConstructionReport(projectId: $id, input: {kind: SERIOUS_LOSS, summary: \"x\"})"
                + " { id }").body("errors[0].extensions.details.fieldErrors.code", equalTo(List.of("REQUIRED")));
        w.tryRun("unit-staff", "fileConstructionReport(projectId: $id, input: {kind: SERIOUS_DELAY, summary: \"x\","
                + " lossAmount: \"1\"}) { id }")
                .body("errors[0].extensions.details.fieldErrors.code", equalTo(List.of("ONLY_FOR_LOSS")));
        notTold(WS_NDRC, w);
    }

    /** An approved project funded, in procurement, with its supervision contract, moved to CONSTRUCTION. */
    private static Walk inConstruction(Walk approved) {
        Walk w = approved.advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        w.supervisionContract("2026-03-02").advance("unit-lead", "CONSTRUCTION");
        return w;
    }

    private static Person person(String username, String role, String region) {
        return new Person(username, List.of(role), null, region);
    }

    private static void fileDelayReport(Walk w) {
        w.run("unit-staff", "fileConstructionReport(projectId: $id, input: {kind: SERIOUS_DELAY, summary: \"延期\"})"
                + " { id }");
    }

    private static void told(Person p, Walk w, String citation) {
        String mine = "data.notifications.edges.findAll { it.node.projectId == '" + w.projectId + "' }";
        notifications(p).body(mine, hasSize(1))
                .body(mine + "[0].node.kind", equalTo("UNIT_REPORT"))
                .body(mine + "[0].node.citation", equalTo(citation))
                .body(mine + "[0].node.mandatory", equalTo(true));
    }

    private static void notTold(Person p, Walk w) {
        notifications(p).body("data.notifications.edges.findAll { it.node.projectId == '" + w.projectId + "' }",
                hasSize(0));
    }

    private static io.restassured.response.ValidatableResponse notifications(Person p) {
        return GraphQL.postAs(p, "{ notifications(first: 50) { edges { node { kind projectId citation mandatory } } } }",
                Map.of());
    }
}
