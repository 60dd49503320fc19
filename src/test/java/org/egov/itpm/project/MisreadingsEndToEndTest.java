package org.egov.itpm.project;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.egov.itpm.testsupport.Experts;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The corrected readings through the API: build type (M8), IP owner (M4), Baotou's simplified procedure (M5). */
@QuarkusTest
class MisreadingsEndToEndTest {

    static final String FINDINGS = "buildType findings { code open citation { text } }";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static Walk qufuWithSecurityShareOfOnePercent(String name, String buildType) {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, name, "1000000.00", "CONSTRUCTION", "FISCAL");
        GraphQL.postAs(TestTokens.QUFU_STAFF, """
                mutation($id: ID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) { buildType } }""",
                Map.of("id", w.projectId, "input", Map.of("buildType", buildType, "securityBudget", "10000.00")))
                .body("errors", nullValue()).body("data.updateProject.buildType", equalTo(buildType));
        return w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
    }

    @Test
    void qufuChecksTheSecurityBudgetOfANewBuildOnlyCitingArt37() {
        qufuWithSecurityShareOfOnePercent("新建系统安全预算1%", "NEW").project(FINDINGS)
                .body("data.project.findings.find { it.code == 'SECURITY_BUDGET_SHARE' }.citation.text",
                        equalTo("qufu-2024 art.37"));
        qufuWithSecurityShareOfOnePercent("改扩建系统安全预算1%", "EXPANSION").project(FINDINGS)
                .body("data.project.buildType", equalTo("EXPANSION"))
                .body("data.project.findings.code", not(hasItem("SECURITY_BUDGET_SHARE")));
    }

    @Test
    void jianshanContractMustGiveTheResultsToTheProjectUnitCitingItem17() {
        TestClock.setShanghai("2026-03-02T09:00");
        Walk w = Walk.jianshanApproved("尖山区知识产权归属", "3000000.00")
                .advance("finance-officer", "FUNDED").advance("unit-lead", "PROCUREMENT");
        String contract = w.registerContract("CONSTRUCTION", "awardNoticeOn: \"2026-03-02\", signedOn: \"2026-03-02\","
                + " amount: \"2800000\", ipOwner: SUPPLIER, clauses: [IP_OWNERSHIP, DATA_OWNERSHIP]");
        w.project("contracts { ipOwner } " + FINDINGS)
                .body("data.project.contracts[0].ipOwner", equalTo("SUPPLIER"))
                .body("data.project.findings.find { it.code == 'IP_TO_PROJECT_UNIT' }.open", equalTo(true))
                .body("data.project.findings.find { it.code == 'IP_TO_PROJECT_UNIT' }.citation.text",
                        equalTo("jianshan-2024 item 17"));
        w.tryUpdateContract(contract, "ipOwner: PROJECT_UNIT").body("errors", nullValue());
        w.project(FINDINGS).body("data.project.findings.find { it.code == 'IP_TO_PROJECT_UNIT' }.open", equalTo(false));
    }

    @Test
    void baotouSmallProjectUnderTheSimplifiedProcedureIsApprovedOnOneProjectApproval() {
        Walk w = Walk.start(TestTokens.BT_STAFF, TestTokens.BT_AUTHORITY, "包头市小额项目简化程序", "100000.00",
                "CONSTRUCTION", "FISCAL").library();
        w.attest("MEETS_DIGITAL_GOVERNMENT_PLAN", "CLEAR_NEEDS_AND_SOUND_DESIGN", "MEETS_SHARING_AND_INTENSIVE_BUILD");
        w.apply().passReview("EXPERT_ARGUMENTATION", Experts.ZHOU);
        w.approval("authority-approver", "PROJECT_APPROVAL", "100000.00", "2026-01-10");
        w.annualPlan("ndrc-approver", 2026, "100000.00");
        w.tryAdvance("authority-approver", "APPROVED")
                .body("errors[0].extensions.code", equalTo("STAGE_TRANSITION_NOT_ALLOWED"))
                .body("errors[0].extensions.details.reasons.code", hasItem("APPROVAL_MISSING"))
                .body("errors[0].extensions.details.reasons.citation", hasItem("baotou-2024 art.11"));
        w.attest("SIMPLIFIED_PROCEDURE");
        w.advance("authority-approver", "APPROVED");
    }
}
