package org.egov.itpm.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;

/** Test helpers: start a job, run the worker, read the job, download and read its XLSX. */
final class LedgerFiles {

    static final String JOB_FIELDS = "id kind state rowsDone rowsTotal attempts resultName downloadUrl downloadExpiresAt"
            + " errors { sheet row column code messageEn messageZh }";

    private LedgerFiles() {
    }

    static JsonPath mutate(TestTokens.Person who, String mutation, Map<String, Object> variables) {
        return GraphQL.postAs(who, mutation, variables).body("errors", nullValue()).extract().jsonPath();
    }

    static JsonPath job(TestTokens.Person who, String id) {
        return GraphQL.postAs(who, "query($id: ID!) { ledgerJob(id: $id) { " + JOB_FIELDS + " } }", Map.of("id", id))
                .body("errors", nullValue()).extract().jsonPath().setRootPath("data.ledgerJob");
    }

    static JsonPath runAndRead(JobRunner runner, TestTokens.Person who, String id) {
        runner.runAvailable("test-worker");
        return job(who, id);
    }

    static byte[] download(TestTokens.Person who, String url) {
        return given().auth().oauth2(TestTokens.tokenFor(who)).urlEncodingEnabled(false).get(url).then()
                .statusCode(200).extract().asByteArray();
    }

    /** Every row of a sheet as cell texts (empty cells as ""). */
    static List<List<String>> rows(byte[] xlsx, String sheet) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<List<String>> out = new ArrayList<>();
            try (var rows = wb.findSheet(sheet).orElseThrow().openStream()) {
                rows.forEach((Row r) -> {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < r.getCellCount(); c++) {
                        Cell cell = r.getCell(c);
                        boolean date = cell != null && cell.getType() == CellType.NUMBER
                                && cell.getDataFormatString() != null && cell.getDataFormatString().contains("yy");
                        cells.add(date ? cell.asDate().toLocalDate().toString() : r.getCellText(c));
                    }
                    out.add(cells);
                });
            }
            return out;
        }
    }

    /** The text of one part of a zip (an XLSX's XML). */
    static String zipEntry(byte[] zip, String name) throws Exception {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("test-", ".zip");
        java.nio.file.Files.write(tmp, zip);
        try (var file = new java.util.zip.ZipFile(tmp.toFile())) {
            var entry = file.getEntry(name);
            return entry == null ? "" : new String(file.getInputStream(entry).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            java.nio.file.Files.delete(tmp);
        }
    }

    /** A small zip that inflates to 50 MB of zeros: a zip bomb in miniature. */
    static byte[] zipBomb() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] manyEntries(int n) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            for (int i = 0; i < n; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("part" + i + ".xml"));
                zip.write('x');
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
