package org.egov.itpm.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.ledger.LedgerFiles.JOB_FIELDS;
import static org.egov.itpm.ledger.LedgerFiles.download;
import static org.egov.itpm.ledger.LedgerFiles.mutate;
import static org.egov.itpm.ledger.LedgerFiles.rows;
import static org.egov.itpm.ledger.LedgerFiles.runAndRead;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ledger export as a background job: scope, columns, formula neutralisation, the signed download link. */
@QuarkusTest
class LedgerExportTest {

    static final String START = "mutation($f: ProjectFilter) { startLedgerExport(filter: $f) { " + JOB_FIELDS + " } }";

    @Inject
    JobRunner runner;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void shouldExportTheFilteredLedgerOfTheCallersScopeWithLegalDatesAndDeadlines() throws Exception {
        Walk w = Walk.qufuApproved("台账导出曲阜项目", "3000000.00");
        Walk.start(TestTokens.JX_STAFF, TestTokens.JX_AUTHORITY, "台账导出江西项目", "100.00", "CONSTRUCTION", "FISCAL");
        String id = mutate(TestTokens.QUFU_APPROVER, START, Map.of("f", Map.of("nameContains", "台账导出")))
                .getString("data.startLedgerExport.id");
        var job = runAndRead(runner, TestTokens.QUFU_APPROVER, id);
        assertThat(job.getString("state")).isEqualTo("DONE");
        assertThat(job.getInt("rowsDone")).isEqualTo(1);
        List<List<String>> rows = rows(download(TestTokens.QUFU_APPROVER, job.getString("downloadUrl")), "项目台账");
        assertThat(rows.get(0)).startsWith("项目代码", "本地编号", "项目名称");
        assertThat(rows.get(1)).startsWith("projectCode", "localCode", "name");
        assertThat(rows).hasSize(3); // headers, keys, the Qufu project only (Jiangxi is outside the approver's scope)
        List<String> row = rows.get(2);
        assertThat(row.get(2)).isEqualTo("台账导出曲阜项目");
        assertThat(row.get(6)).isEqualTo("APPROVED");
        assertThat(row.get(14)).as("立项 legal date").isEqualTo(GraphQL.postAs(TestTokens.QUFU_APPROVER,
                "query($id: ID!) { project(id: $id) { history { to effectiveOn } } }", Map.of("id", w.projectId))
                .extract().jsonPath().getString("data.project.history.find { it.to == 'APPROVED' }.effectiveOn"));
        var deadlines = GraphQL.postAs(TestTokens.QUFU_APPROVER, "query($id: ID!) { project(id: $id) { deadlines {"
                + " ruleCode due status metOn citation { text } } } }", Map.of("id", w.projectId)).extract().jsonPath()
                .getList("data.project.deadlines.findAll { it.status != 'MET' && it.metOn == null }"
                        + ".collect { it.due + ' ' + it.ruleCode + ' (' + it.citation.text + ')' }", String.class);
        assertThat(row.get(17)).as("next deadline with its citation").isEqualTo(deadlines.stream().sorted()
                .findFirst().orElse(""));
    }

    @Test
    void shouldNeutraliseTextThatASpreadsheetWouldRunAsAFormula() throws Exception {
        Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "=HYPERLINK(\"http://x\",\"台账公式\")", "1.00",
                "CONSTRUCTION", "FISCAL");
        String id = mutate(TestTokens.QUFU_STAFF, START, Map.of("f", Map.of("nameContains", "台账公式")))
                .getString("data.startLedgerExport.id");
        var job = runAndRead(runner, TestTokens.QUFU_STAFF, id);
        List<List<String>> rows = rows(download(TestTokens.QUFU_STAFF, job.getString("downloadUrl")), "项目台账");
        assertThat(rows.get(2).get(2)).isEqualTo("'=HYPERLINK(\"http://x\",\"台账公式\")");
    }

    @Test
    void shouldRefuseAnAlteredAnExpiredOrAnotherPersonsDownloadLink() {
        String id = mutate(TestTokens.QUFU_STAFF, START, Map.of("f", Map.of("nameContains", "无此项目")))
                .getString("data.startLedgerExport.id");
        String url = runAndRead(runner, TestTokens.QUFU_STAFF, id).getString("downloadUrl");
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF)).urlEncodingEnabled(false)
                .get(altered(url)).then().statusCode(404);
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_HEALTH_STAFF)).urlEncodingEnabled(false)
                .get(url).then().statusCode(404);
        TestClock.setShanghai("2026-03-02T09:16"); // the link lives 15 minutes (ITPM_LEDGER_LINK_TTL)
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF)).urlEncodingEnabled(false)
                .get(url).then().statusCode(404);
    }

    /** The link with the first character of its signature changed (to another character, whatever it was). */
    private static String altered(String url) {
        int at = url.indexOf("signature=") + "signature=".length();
        return url.substring(0, at) + (url.charAt(at) == '0' ? '1' : '0') + url.substring(at + 1);
    }

    @Test
    void shouldNotShowAJobToAnotherPerson() {
        String id = mutate(TestTokens.QUFU_STAFF, START, Map.of()).getString("data.startLedgerExport.id");
        GraphQL.postAs(TestTokens.QUFU_HEALTH_STAFF, "query($id: ID!) { ledgerJob(id: $id) { id } }", Map.of("id", id))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("NOT_FOUND"));
        runner.runAvailable("test-worker");
    }
}
