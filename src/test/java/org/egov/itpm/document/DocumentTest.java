package org.egov.itpm.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/** Documents: stored in PostgreSQL with their SHA-256, typed, size-limited, listed in GraphQL. */
@QuarkusTest
class DocumentTest {

    @Test
    void uploadedDocumentKeepsItsBytesAndHash() throws Exception {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "文件存储", "100.00", "CONSTRUCTION",
                "FISCAL");
        byte[] content = "可行性研究报告正文 v1".getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        // Built by hand: browsers send UTF-8 file names, RestAssured's multipart encoder would not.
        String boundary = "itpm-boundary";
        byte[] body = concat(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n"
                + "FEASIBILITY_STUDY_REPORT\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"可研报告.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8),
                content, ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String id = given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF))
                .contentType("multipart/form-data; boundary=" + boundary).body(body)
                .post("/api/v1/projects/" + w.projectId + "/documents")
                .then().statusCode(201)
                .body("sha256", equalTo(sha)).body("sizeBytes", equalTo(content.length))
                .body("type", equalTo("FEASIBILITY_STUDY_REPORT")).extract().path("id");
        byte[] downloaded = given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF))
                .get("/api/v1/documents/" + id + "/content").then().statusCode(200)
                .header("ETag", "\"" + sha + "\"").extract().asByteArray();
        assertThat(downloaded).isEqualTo(content);
        w.project("documents { id type sha256 fileName }")
                .body("data.project.documents", hasSize(1))
                .body("data.project.documents[0].fileName", equalTo("可研报告.pdf"));
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void tooLargeUnknownTypeAndEmptyFilesAreRefusedAndNothingIsStored() {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_REVIEWER, "文件校验", "100.00", "CONSTRUCTION",
                "FISCAL");
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF))
                .multiPart("type", "OTHER").multiPart("file", "big.bin", new byte[1_048_577], "application/octet-stream")
                .post("/api/v1/projects/" + w.projectId + "/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.code", hasItem("FILE_TOO_LARGE"));
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF))
                .multiPart("type", "NOT_A_TYPE").multiPart("file", "a.pdf", new byte[] {1}, "application/pdf")
                .post("/api/v1/projects/" + w.projectId + "/documents")
                .then().statusCode(400).body("errors.code", hasItem("UNKNOWN_DOCUMENT_TYPE"));
        given().auth().oauth2(TestTokens.tokenFor(TestTokens.QUFU_STAFF))
                .multiPart("type", "OTHER").multiPart("file", "empty.pdf", new byte[0], "application/pdf")
                .post("/api/v1/projects/" + w.projectId + "/documents")
                .then().statusCode(400).body("errors.code", hasItem("EMPTY_FILE"));
        w.project("documents { id }").body("data.project.documents", hasSize(0));
    }
}
