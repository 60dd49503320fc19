package org.egov.itpm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.ledger.LedgerFiles.download;
import static org.egov.itpm.ledger.LedgerFiles.job;
import static org.egov.itpm.ledger.LedgerFiles.mutate;
import static org.egov.itpm.ledger.LedgerFiles.rows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/**
 * Round trip: export a unit's ledger, empty the scope (the projects are moved away under other codes and names),
 * import the export, export again: the same content, Chinese text, codes and legal dates included.
 */
@QuarkusTest
class LedgerRoundTripTest {

    @Inject
    JobRunner runner;
    @Inject
    EntityManager em;

    @Test
    void shouldExportImportAndExportTheSameLedger() throws Exception {
        byte[] seed = Books.ledger(List.of(
                LedgerImportTest.project("230502-RT-0001", "往返项目：智慧教育（一期）", "APPLIED"),
                LedgerImportTest.project("230502-RT-0002", "往返项目：\"引号\"与'撇号'", "LIBRARY")), List.of());
        assertThat(importAs(seed).getString("state")).isEqualTo("DONE");
        // text a spreadsheet would run as a formula is refused in a file, but the API takes it: the export
        // neutralises it ('-…) and the import reads that back as the text
        Walk.start(LedgerImportTest.JS_LEAD, TestTokens.JS_AUTHORITY, "-往返项目以减号开头", "1.00", "CONSTRUCTION",
                "FISCAL");
        byte[] first = export();
        List<List<String>> before = rows(first, "项目台账");
        assertThat(before).hasSize(5);
        assertThat(before.stream().map(r -> r.get(2))).contains("'-往返项目以减号开头");

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update project set name = 'moved ' || id,"
                + " local_code = local_code || '-moved' where name like '%往返项目%'").executeUpdate());
        assertThat(rows(export(), "项目台账")).as("the scope is empty of these projects").hasSize(2);

        var imported = importAs(first);
        assertThat(imported.getString("state")).as(imported.prettify()).isEqualTo("DONE");
        List<List<String>> after = rows(export(), "项目台账");
        assertThat(after.subList(0, 2)).isEqualTo(before.subList(0, 2));
        // rows created at the same (test clock) instant are ordered by their new ids: compare the rows, not the order
        assertThat(after.subList(2, after.size())).containsExactlyInAnyOrderElementsOf(before.subList(2, before.size()));
    }

    private io.restassured.path.json.JsonPath importAs(byte[] file) {
        String id = mutate(LedgerImportTest.JS_LEAD, LedgerImportTest.START, Map.of("c", Books.base64(file), "d", false))
                .getString("data.startLedgerImport.id");
        runner.runAvailable("test-worker");
        return job(LedgerImportTest.JS_LEAD, id);
    }

    private byte[] export() {
        String id = mutate(LedgerImportTest.JS_LEAD, "mutation { startLedgerExport(filter: {nameContains: \"往返项目\","
                + " organisationId: null}) { id } }", Map.of()).getString("data.startLedgerExport.id");
        runner.runAvailable("test-worker");
        return download(LedgerImportTest.JS_LEAD, job(LedgerImportTest.JS_LEAD, id).getString("downloadUrl"));
    }
}
