package org.egov.itpm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egov.itpm.ledger.LedgerFiles.download;
import static org.egov.itpm.ledger.LedgerFiles.mutate;
import static org.egov.itpm.ledger.LedgerFiles.rows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.egov.itpm.ledger.job.JobRunner;
import org.egov.itpm.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The ledger export's memory does not grow with the ledger, shown without timing: exporting N and 10·N projects, no
 * transaction of the export holds more than one keyset page of projects (100, plus the one that tells whether
 * another page follows), and the number of page transactions grows with N instead (docs/ledger.md, ADR 0014).
 */
@QuarkusTest
class LedgerExportPagingTest {

    static final int PAGE = 100; // the documented keyset page of the export
    static final int N = 120;
    /** 项目台账, then 行为 acts, 批复, 合同 contracts and 资金 funding: each sheet reads the exported projects again. */
    static final int SHEETS = 5;

    @Inject
    JobRunner runner;
    @Inject
    DataSource db;

    @Test
    void shouldHoldOnePageOfProjectsAtATimeWhateverTheSizeOfTheLedger() throws Exception {
        List<Integer> small = pagesOfExport(LedgerSeed.unitWithProjects(db, "TEST370881LEDGER10", "台账分页小", N),
                "台账分页小", N);
        List<Integer> large = pagesOfExport(LedgerSeed.unitWithProjects(db, "TEST370881LEDGER11", "台账分页大", 10 * N),
                "台账分页大", 10 * N);

        assertThat(small.stream().mapToInt(Integer::intValue).max().orElseThrow()).isLessThanOrEqualTo(PAGE + 1);
        assertThat(large.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .as("projects held by one transaction of a 10·N export").isLessThanOrEqualTo(PAGE + 1);
        assertThat(small.stream().filter(n -> n > 2).count()).as("page transactions for N").isEqualTo(2 * SHEETS);
        assertThat(large.stream().filter(n -> n > 2).count()).as("page transactions for 10·N").isEqualTo(12 * SHEETS);
    }

    /** Runs the export of the unit's ledger and returns the projects loaded per transaction. */
    private List<Integer> pagesOfExport(TestTokens.Person staff, String prefix, int expectedRows) throws Exception {
        String id = mutate(staff, "mutation($f: ProjectFilter) { startLedgerExport(filter: $f) { id } }",
                Map.of("f", Map.of("nameContains", prefix))).getString("data.startLedgerExport.id");
        List<Integer> perTransaction;
        ProjectsPerTransaction.record();
        try {
            runner.runAvailable("test-worker");
        } finally {
            perTransaction = ProjectsPerTransaction.stop();
        }
        JsonPath job = LedgerFiles.job(staff, id);
        assertThat(job.getString("state")).isEqualTo("DONE");
        assertThat(rows(download(staff, job.getString("downloadUrl")), "项目台账")).hasSize(2 + expectedRows);
        return perTransaction;
    }
}
