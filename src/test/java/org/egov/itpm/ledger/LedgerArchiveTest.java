package org.egov.itpm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.ledger.LedgerFiles.JOB_FIELDS;
import static org.egov.itpm.ledger.LedgerFiles.download;
import static org.egov.itpm.ledger.LedgerFiles.mutate;
import static org.egov.itpm.ledger.LedgerFiles.rows;
import static org.egov.itpm.ledger.LedgerFiles.runAndRead;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.testsupport.DemoOrgs;
import org.egov.itpm.testsupport.GraphQL;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/** The dossier ZIP with its index, and the audit trail export within the auditor's region only. */
@QuarkusTest
class LedgerArchiveTest {

    static final TestTokens.Person SD_AUDITOR = new TestTokens.Person("sd-auditor", List.of("auditor"),
            DemoOrgs.SD_BIGDATA, "370000");
    static final String AUDIT = "mutation($p: ID, $r: String, $f: Date, $t: Date, $fmt: AuditFormat) {"
            + " startAuditTrailExport(projectId: $p, regionCode: $r, from: $f, to: $t, format: $fmt) { " + JOB_FIELDS
            + " } }";

    @Inject
    JobRunner runner;

    @Test
    void shouldExportAProjectsDossierWithAnIndexOfActsAndDocumentHashes() throws Exception {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "档案导出项目", "100000.00",
                "CONSTRUCTION", "FISCAL");
        w.upload("COLLECTIVE_DECISION_RECORD");
        String id = mutate(TestTokens.QUFU_STAFF, "mutation($p: ID!) { startDossierExport(projectId: $p) { id } }",
                Map.of("p", w.projectId)).getString("data.startDossierExport.id");
        var job = runAndRead(runner, TestTokens.QUFU_STAFF, id);
        assertThat(job.getString("state")).isEqualTo("DONE");
        byte[] zip = download(TestTokens.QUFU_STAFF, job.getString("downloadUrl"));
        assertThat(LedgerFiles.zipEntry(zip, "COLLECTIVE_DECISION_RECORD/collective_decision_record.pdf"))
                .isEqualTo("content of COLLECTIVE_DECISION_RECORD");
        byte[] index = LedgerFiles.zipEntry(zip, "00-目录-index.xlsx").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(index).isNotEmpty();
        GraphQL.postAs(TestTokens.QUFU_HEALTH_STAFF, "mutation($p: ID!) { startDossierExport(projectId: $p) { id } }",
                Map.of("p", w.projectId)).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void shouldExportTheAuditTrailOfTheAuditorsRegionOnly() throws Exception {
        Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "审计导出项目", "1.00", "CONSTRUCTION", "FISCAL");
        String id = mutate(SD_AUDITOR, AUDIT, Map.of("r", "370881", "f", "2026-01-01", "t", "2026-12-31", "fmt", "CSV"))
                .getString("data.startAuditTrailExport.id");
        var job = runAndRead(runner, SD_AUDITOR, id);
        assertThat(job.getString("state")).isEqualTo("DONE");
        String csv = new String(download(SD_AUDITOR, job.getString("downloadUrl")), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,projectId,entity").contains("审计导出项目");
        GraphQL.postAs(SD_AUDITOR, AUDIT, Map.of("r", "360000", "f", "2026-01-01", "t", "2026-12-31"))
                .body("errors[0].extensions.code", equalTo("REGION_OUT_OF_SCOPE"));
        GraphQL.postAs(TestTokens.QUFU_STAFF, AUDIT, Map.of("r", "370881", "f", "2026-01-01", "t", "2026-12-31"))
                .body("errors[0].extensions.code", equalTo("REGION_OUT_OF_SCOPE"));
    }

    @Test
    void shouldExportTheAuditTrailAsAnXlsxForOneProject() throws Exception {
        Walk w = Walk.start(TestTokens.QUFU_STAFF, TestTokens.QUFU_APPROVER, "审计单项目", "1.00", "CONSTRUCTION",
                "FISCAL");
        String id = mutate(TestTokens.QUFU_STAFF, AUDIT, Map.of("p", w.projectId)).getString(
                "data.startAuditTrailExport.id");
        var job = runAndRead(runner, TestTokens.QUFU_STAFF, id);
        List<List<String>> rows = rows(download(TestTokens.QUFU_STAFF, job.getString("downloadUrl")), "审计轨迹");
        assertThat(rows.get(1)).startsWith("id", "projectId", "entity", "entityId", "action");
        assertThat(rows.get(2)).contains("CREATE", "qufu-staff");
    }
}
