package org.egov.itpm.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/** Findings are raised on change, resolved when cured, never deleted; the daily scan runs once across replicas. */
@QuarkusTest
class FindingsTest {

    static final String FINDINGS = "findings { code open citation { text } facts { name value } } currentFindings { code }";

    @Inject
    DailyScan scan;

    @Test
    void findingsAreRaisedOnApplicationAndResolvedWhenCured() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "安全预算不足", "1000000.00",
                "CONSTRUCTION", "FISCAL");
        GraphQL.postAs(TestTokens.QUFU_STAFF, """
                mutation($id: ID!) { updateProject(id: $id, input: {securityBudget: "10000.00"}) { id } }""",
                Map.of("id", w.projectId)).body("errors", nullValue());
        w.project(FINDINGS).body("data.project.findings.code", not(hasItem("SECURITY_BUDGET_SHARE")));
        w.uploadAll("COLLECTIVE_DECISION_RECORD").library().apply();
        w.project(FINDINGS)
                .body("data.project.findings.find { it.code == 'SECURITY_BUDGET_SHARE' }.open", equalTo(true))
                .body("data.project.findings.find { it.code == 'SECURITY_BUDGET_SHARE' }.citation.text",
                        equalTo("qufu-2024 art.37"))
                .body("data.project.findings.find { it.code == 'PLATFORM_APPLICATION' }.open", equalTo(true));
        GraphQL.postAs(TestTokens.QUFU_STAFF, """
                mutation($id: ID!) { recordPlatformFiling(projectId: $id, filing: PROJECT_REGISTERED) { id } }""",
                Map.of("id", w.projectId)).body("errors", nullValue());
        w.project(FINDINGS)
                .body("data.project.findings.find { it.code == 'PLATFORM_APPLICATION' }.open", equalTo(false))
                .body("data.project.currentFindings.code", not(hasItem("PLATFORM_APPLICATION")))
                .body("data.project.findings.find { it.code == 'SECURITY_BUDGET_SHARE' }.open", equalTo(true));
        GraphQL.postAs(TestTokens.SD_REVIEWER, "{ findings(filter: {code: \"PLATFORM_APPLICATION\", open: false}) { projectId } }",
                Map.of()).body("data.findings.projectId", hasItem(w.projectId));
        GraphQL.postAs(TestTokens.JX_AUTHORITY, "{ findings(filter: {code: \"PLATFORM_APPLICATION\"}) { projectId } }",
                Map.of()).body("data.findings.projectId", not(hasItem(w.projectId)));
    }

    @Test
    void dailyScanRunsAndRecordsItsCounts() {
        Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "扫描对象", "100.00", "CONSTRUCTION", "FISCAL");
        var run = scan.run();
        assertThat(run).isPresent();
        assertThat(run.get().projects).isPositive();
        assertThat(scan.lastRun()).isPresent();
        io.restassured.RestAssured.given().get("/q/health").then()
                .body("checks.find { it.name == 'daily-scan' }.status", equalTo("UP"));
    }
}
