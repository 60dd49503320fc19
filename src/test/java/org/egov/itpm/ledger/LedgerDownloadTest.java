package org.egov.itpm.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.ledger.LedgerFiles.mutate;
import static org.egov.itpm.ledger.LedgerFiles.runAndRead;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.testsupport.TestClock;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.TestTokens.Person;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The download link of a job's result: an altered link (signature, expiry or job), an expired one (the injected
 * clock moved past it) or someone else's (a colleague, even an administrator) is 404; the file comes with its type
 * and its Chinese name encoded per RFC 6266 / 5987.
 */
@QuarkusTest
class LedgerDownloadTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    JobRunner runner;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void shouldServeTheLedgerAsXlsxWithItsChineseFileName() {
        JsonPath job = ledgerExportOf(TestTokens.QUFU_STAFF);
        ExtractableResponse<Response> file = get(TestTokens.QUFU_STAFF, job.getString("downloadUrl"), 200);
        assertThat(file.contentType()).isEqualTo(XLSX);
        assertThat(file.header("Cache-Control")).isEqualTo("no-store");
        assertNamed(file, job.getString("resultName"), "台账-ledger-");
    }

    @Test
    void shouldServeTheAuditTrailAsCsvAndTheDossierAsZipWithTheirNames() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "下载类型项目", "1.00", "CONSTRUCTION",
                "FISCAL");
        String audit = mutate(TestTokens.QUFU_STAFF, "mutation($p: ID) { startAuditTrailExport(projectId: $p,"
                + " format: CSV) { id } }", Map.of("p", w.projectId)).getString("data.startAuditTrailExport.id");
        JsonPath csv = runAndRead(runner, TestTokens.QUFU_STAFF, audit);
        ExtractableResponse<Response> csvFile = get(TestTokens.QUFU_STAFF, csv.getString("downloadUrl"), 200);
        assertThat(csvFile.contentType()).isEqualToIgnoringCase("text/csv; charset=UTF-8");
        assertNamed(csvFile, "审计轨迹-audit-trail.csv", "审计轨迹-audit-trail.csv");

        String dossier = mutate(TestTokens.QUFU_STAFF, "mutation($p: ID!) { startDossierExport(projectId: $p) { id } }",
                Map.of("p", w.projectId)).getString("data.startDossierExport.id");
        JsonPath zip = runAndRead(runner, TestTokens.QUFU_STAFF, dossier);
        ExtractableResponse<Response> zipFile = get(TestTokens.QUFU_STAFF, zip.getString("downloadUrl"), 200);
        assertThat(zipFile.contentType()).isEqualTo("application/zip");
        assertNamed(zipFile, zip.getString("resultName"), "档案-dossier-");
    }

    @Test
    void shouldRefuseALinkWithAnAlteredSignatureExpiryOrJob() {
        String url = ledgerExportOf(TestTokens.QUFU_STAFF).getString("downloadUrl");
        String other = ledgerExportOf(TestTokens.QUFU_STAFF).getString("downloadUrl");
        long expires = Long.parseLong(url.replaceAll(".*expires=(\\d+).*", "$1"));
        get(TestTokens.QUFU_STAFF, url.replace("expires=" + expires, "expires=" + (expires + 3600)), 404);
        get(TestTokens.QUFU_STAFF, url.replaceAll("signature=[0-9a-f]{4}", "signature=0000"), 404);
        get(TestTokens.QUFU_STAFF, url.replaceAll("&signature=.*", ""), 404);
        get(TestTokens.QUFU_STAFF, other.replaceAll("signature=.*", url.replaceAll(".*(signature=.*)", "$1")), 404);
        get(TestTokens.QUFU_STAFF, url, 200);
    }

    @Test
    void shouldServeALinkUntilItsExpiryAndNotASecondAfter() {
        String url = ledgerExportOf(TestTokens.QUFU_STAFF).getString("downloadUrl");
        Instant expires = Instant.ofEpochSecond(Long.parseLong(url.replaceAll(".*expires=(\\d+).*", "$1")));
        TestClock.setShanghai(expires.atZone(ZoneId.of("Asia/Shanghai")).toLocalDateTime().toString());
        get(TestTokens.QUFU_STAFF, url, 200);
        TestClock.setShanghai(expires.plusSeconds(1).atZone(ZoneId.of("Asia/Shanghai")).toLocalDateTime().toString());
        get(TestTokens.QUFU_STAFF, url, 404);
    }

    @Test
    void shouldRefuseSomeoneElsesLinkEvenToAColleagueOrAnAdministrator() {
        String url = ledgerExportOf(TestTokens.QUFU_STAFF).getString("downloadUrl");
        get(TestTokens.QUFU_LEAD, url, 404);
        get(TestTokens.QUFU_APPROVER, url, 404);
        get(TestTokens.ADMIN, url, 404);
        given().urlEncodingEnabled(false).get(url).then().statusCode(401);
    }

    private JsonPath ledgerExportOf(Person who) {
        String id = mutate(who, "mutation { startLedgerExport(filter: {nameContains: \"无此项目\"}) { id } }", Map.of())
                .getString("data.startLedgerExport.id");
        JsonPath job = runAndRead(runner, who, id);
        assertThat(job.getString("state")).isEqualTo("DONE");
        return job;
    }

    private static ExtractableResponse<Response> get(Person who, String url, int status) {
        return given().auth().oauth2(TestTokens.tokenFor(who)).urlEncodingEnabled(false).get(url).then()
                .statusCode(status).extract();
    }

    /** filename* holds the exact name (RFC 5987), filename its ASCII part (RFC 6266 fallback). */
    private static void assertNamed(ExtractableResponse<Response> file, String resultName, String startsWith) {
        assertThat(resultName).startsWith(startsWith);
        String disposition = file.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"" + resultName.replaceAll("[^\\x20-\\x7E]+", "")
                .replaceAll("^-", "") + "\"; filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("UTF-8''") + "UTF-8''".length());
        assertThat(encoded).matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+");
        assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(resultName);
    }
}
