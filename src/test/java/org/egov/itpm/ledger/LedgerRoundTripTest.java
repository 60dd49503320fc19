package org.egov.itpm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.ledger.Imports.errors;
import static org.egov.itpm.ledger.Imports.importAs;
import static org.egov.itpm.ledger.LedgerFiles.rows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.egov.itpm.ledger.export.LedgerColumns;
import org.egov.itpm.ledger.export.TemplateFormat;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.testsupport.TestTokens;
import org.egov.itpm.testsupport.Walk;
import org.junit.jupiter.api.Test;

/**
 * Round trip: export a unit's ledger, empty the scope (the projects are moved away under other codes and names),
 * import the export, export again: the same content in every sheet, Chinese text, codes and legal dates included.
 * Each party imports what it records: the unit its projects and acts (the export without the 批复 sheet), then the
 * NDRC approver the whole export (the unit's rows are then already on record and change nothing, its 批复 are new).
 * Contracts and funding entries need a project past its expert review, which no file carries: their sheets go round
 * empty here (LedgerRecordsImportTest imports and exports them).
 */
@QuarkusTest
class LedgerRoundTripTest {

    private static final String NAME = "往返项目";
    private static final List<String> SHEETS = List.of(LedgerColumns.SHEET, TemplateFormat.ACT_SHEET,
            TemplateFormat.APPROVAL_SHEET, TemplateFormat.CONTRACT_SHEET, TemplateFormat.FUNDING_SHEET);

    @Inject
    JobRunner runner;
    @Inject
    EntityManager em;

    @Test
    void shouldExportImportAndExportTheSameLedger() throws Exception {
        byte[] seed = new RecordBooks()
                .row(LedgerColumns.SHEET, LedgerImportTest.project("230502-RT-0001", "往返项目：智慧教育（一期）", "APPLIED"))
                .row(LedgerColumns.SHEET, LedgerImportTest.project("230502-RT-0002", "往返项目：\"引号\"与'撇号'",
                        "WITHDRAWN"))
                .act("230502-RT-0002", "WITHDRAWN", "2025-12-01", "往返：单位撤回")
                .write();
        assertThat(errors(importAs(runner, LedgerImportTest.JS_LEAD, seed, false))).isEmpty();
        byte[] approval = new RecordBooks().row(TemplateFormat.APPROVAL_SHEET, "projectKey", "230502-RT-0001",
                "kind", "FEASIBILITY_STUDY", "documentNumber", "双尖发改〔2025〕21号", "approvedOn", "2025-12-01",
                "approvedAmount", "1100000.00", "issuingBody", "尖山区发展和改革局").write();
        assertThat(errors(importAs(runner, LedgerImportTest.JS_NDRC, approval, false))).isEmpty();
        // text a spreadsheet would run as a formula is refused in a file, but the API takes it: the export
        // neutralises it ('-…) and the import reads that back as the text
        Walk.start(LedgerImportTest.JS_LEAD, TestTokens.JS_AUTHORITY, "-往返项目以减号开头", "1.00", "CONSTRUCTION",
                "FISCAL");
        byte[] first = export();
        List<List<String>> before = rows(first, LedgerColumns.SHEET);
        assertThat(before).hasSize(5);
        assertThat(before.stream().map(r -> r.get(2))).contains("'-往返项目以减号开头");
        assertThat(rows(first, TemplateFormat.ACT_SHEET).subList(2, 6).stream().map(r -> r.get(1)))
                .containsExactlyInAnyOrder("LIBRARY", "APPLIED", "LIBRARY", "WITHDRAWN");
        assertThat(rows(first, TemplateFormat.APPROVAL_SHEET)).hasSize(3);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update project set name = 'moved ' || id,"
                + " local_code = local_code || '-moved' where name like '%往返项目%'").executeUpdate());
        assertThat(rows(export(), LedgerColumns.SHEET)).as("the scope is empty of these projects").hasSize(2);

        byte[] unitSheets = RecordBooks.only(first, LedgerColumns.SHEET, TemplateFormat.ACT_SHEET);
        assertThat(errors(importAs(runner, LedgerImportTest.JS_LEAD, unitSheets, false))).isEmpty();
        assertThat(errors(importAs(runner, LedgerImportTest.JS_NDRC, first, false))).isEmpty();
        byte[] second = export();
        List<List<String>> after = rows(second, LedgerColumns.SHEET);
        assertThat(after.subList(0, 2)).isEqualTo(before.subList(0, 2));
        // rows created at the same (test clock) instant are ordered by their new ids: compare the rows, not the order
        assertThat(after.subList(2, after.size())).containsExactlyInAnyOrderElementsOf(before.subList(2, before.size()));
        for (String sheet : SHEETS.subList(1, SHEETS.size())) {
            assertThat(rows(second, sheet)).as(sheet).containsExactlyInAnyOrderElementsOf(rows(first, sheet));
        }
    }

    private byte[] export() {
        return Imports.export(runner, LedgerImportTest.JS_LEAD, NAME);
    }
}
